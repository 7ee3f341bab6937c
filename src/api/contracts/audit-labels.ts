import { reportDefinitions } from './scheduled-reports';

/**
 * What each audited page calls its fields: the words the page itself shows (field labels, switch
 * labels, legends), keyed by the audit page name and the field's path in the audited snapshot.
 * The mock backend records the label in every audit entry when the change is made
 * (`mocks/audit/record.ts`), so the audit log shows the page's words, not the wire's keys.
 * A page that changes a label changes it here too.
 */
const fieldLabels: Record<string, Record<string, string>> = {
  'Syslog notifications': {
    enabled: 'Send security alerts and health issues to a SIEM',
    sensorId: 'Sensor that sends the messages',
    sensor: 'Sensor that sends the messages',
    server: 'Server',
    port: 'Port',
    transport: 'Transport',
    format: 'Format',
    'events.newSecurityAlerts': 'Send a message when a new security alert is detected',
    'events.updatedSecurityAlerts': 'Send a message when an existing security alert is updated',
    'events.newHealthIssues': 'Send a message when a new health issue is detected',
  },
  'Email notifications': {
    alertRecipients: 'A new security alert is detected: send to',
    healthRecipients: 'A new health issue is detected: send to',
  },
  'Scheduled reports': Object.fromEntries(
    reportDefinitions.flatMap(({ id, title }) => [
      [`${id}.frequency`, `Send the ${title} report`],
      [`${id}.weekday`, `${title}: on`],
      [`${id}.dayOfMonth`, `${title}: on day`],
      [`${id}.hourUtc`, `${title}: at (UTC)`],
      [`${id}.recipients`, `${title}: send to`],
    ]),
  ),
  'Preview detections': { enabled: 'Show preview detections' },
  'Entity tags': {
    honeytokens: 'Honeytoken accounts',
    sensitiveAccounts: 'Sensitive accounts',
    sensitiveGroups: 'Sensitive groups',
    exchangeServers: 'Exchange servers',
  },
  VPN: {
    radiusEnabled: 'RADIUS accounting',
    radiusAccounting: 'RADIUS accounting',
    sharedSecret: 'Shared secret',
  },
  'Microsoft Defender for Endpoint': {
    enabled: 'Integration with Microsoft Defender for Endpoint',
  },
  'Directory services': {
    kind: 'Account type',
    accountName: 'Account name',
    domain: 'Domain',
    password: 'Password',
  },
  Sensors: {
    description: 'Description',
    domainControllers: 'Domain controllers',
    networkAdapters: 'Capture network adapters',
    delayedUpdate: 'Delayed update',
    accessKey: 'Access key',
  },
  'Health center': { status: 'Status', reason: 'Reason' },
  'Create instance': {
    name: 'Instance name',
    url: 'Address',
    sensorEndpoint: 'Sensor endpoint',
    region: 'Data region',
    createdAt: 'Created',
  },
};
fieldLabels['Delete instance'] = fieldLabels['Create instance']!;

/**
 * Fields whose path starts with what they are about: a role group's `members.<UPN>`, and the
 * Sensors page's bulk changes `Sensor <name>.<field>`.
 */
const prefixLabels: Record<string, (field: string) => string | undefined> = {
  // "<list>|<kind> <value>": the list's heading on the page, then the entry as it shows it.
  Exclusions: (field) => (field.includes('|') ? field.replace('|', ': ') : undefined),
  'Role groups': (field) =>
    field.startsWith('members.') ? `Member ${field.slice('members.'.length)}` : undefined,
  Sensors: (field) => {
    const match = /^(Sensor .+)\.([^.]+)$/.exec(field);
    const label = match ? fieldLabels.Sensors?.[match[2]!] : undefined;
    return match && label ? `${match[1]}: ${label}` : undefined;
  },
};

/** The label the page shows for `field`; the path itself for a field no page labels. */
export function auditFieldLabel(page: string, field: string): string {
  return fieldLabels[page]?.[field] ?? prefixLabels[page]?.(field) ?? field;
}

/** Whether `page`'s `field` has a label of its own (tests check every audited field has one). */
export function hasAuditFieldLabel(page: string, field: string): boolean {
  return auditFieldLabel(page, field) !== field;
}
