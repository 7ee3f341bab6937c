import type { MoveChecklist, MoveChecklistItem } from '../../src/api/contracts/move-from-ata';
import { paths } from '../../src/config/paths';
import { readConfig } from '../handlers/config-resource';
import { defenderSettings } from '../handlers/defender-for-endpoint';
import { emailNotifications, scheduledReports } from '../handlers/notifications';
import { syslogConfig } from '../handlers/syslog';
import { vpnSettings } from '../handlers/vpn';
import { directoryAccountLabel } from '../../src/api/contracts/directory-services';
import { reportDefinitions } from '../../src/api/contracts/scheduled-reports';
import { findRoleGroup } from '../identity/role-group-membership';
import { directoryAccountsEntry } from '../store/directory-accounts';
import { tenantHealthIssues } from '../store/health-records';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import type { SectionContext } from './section';
import { tuningFacts } from './tuning-facts';

const c = paths.configuration;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Item = Omit<MoveChecklistItem, 'id'> & { id: MoveChecklistItem['id'] };

/**
 * The post-install checklist of a move from ATA (domain catalog §11), each item computed from the
 * instance's state now, and the validation step: no open health issues.
 */
export function moveChecklist(ctx: SectionContext): MoveChecklist {
  const { caller, now } = ctx;
  const sensors = tenantSensors(store.state, caller.tenant, caller.tenantState, now);
  const dcSensors = sensors.filter((s) => s.type === 'Sensor');
  const delayed = dcSensors.filter((s) => s.delayedUpdate).length;

  const accounts = directoryAccountsEntry(caller.tenantState).value.accounts;
  const usable = accounts.filter((a) => a.kind === 'gMSA' || a.password !== null);
  const needPassword = accounts.filter((a) => a.kind !== 'gMSA' && a.password === null);

  const syslog = readConfig(syslogConfig, caller).stored;
  const syslogSensor = sensors.find((s) => s.id === syslog.sensorId);
  const events = [
    syslog.events.newSecurityAlerts && 'new security alerts',
    syslog.events.newSecurityAlerts && syslog.events.updatedSecurityAlerts && 'alert updates',
    syslog.events.newHealthIssues && 'new health issues',
  ].filter((e): e is string => typeof e === 'string');

  const vpn = readConfig(vpnSettings, caller).stored;
  const defender = readConfig(defenderSettings, caller).stored;
  const email = readConfig(emailNotifications, caller).stored;
  const emailCount = new Set([...email.alertRecipients, ...email.healthRecipients]).size;
  const reports = readConfig(scheduledReports, caller).stored;
  const scheduled = reportDefinitions.filter((r) => reports[r.id].frequency !== 'Off');

  const instanceName = caller.tenantState.instance?.name ?? '';
  const members = (['administrators', 'users', 'viewers'] as const).reduce(
    (n, key) =>
      n +
      (findRoleGroup(store.state.directory, caller.tenant.id, instanceName, key)?.memberIds
        .length ?? 0),
    0,
  );

  const honeytokens = tuningFacts.honeytokens(ctx);
  const tagged = tuningFacts.taggedSensitive(ctx);
  const exclusions = tuningFacts.exclusions(ctx);

  const items: Item[] = [
    {
      id: 'delayed-updates',
      title: 'Set delayed updates on a selection of domain controllers',
      done: delayed > 0,
      detail:
        dcSensors.length === 0
          ? 'No domain controller sensors yet: install sensors first.'
          : `${delayed} of ${plural(dcSensors.length, 'domain controller sensor')} update 72 hours after a release.`,
      href: c.sensors,
    },
    {
      id: 'directory-services',
      title: 'Enter the directory service account details',
      done: usable.length > 0,
      detail:
        needPassword.length > 0
          ? `Enter the password of ${needPassword.map(directoryAccountLabel).join(', ')}.`
          : usable.length > 0
            ? `${plural(usable.length, 'directory service account')} saved.`
            : 'No directory service account yet.',
      href: c.directoryServices,
    },
    {
      id: 'syslog',
      title: 'Configure Syslog notifications',
      done: syslog.enabled && syslogSensor !== undefined,
      detail:
        syslog.enabled && syslogSensor
          ? `${syslogSensor.name} forwards to ${syslog.server}:${syslog.port} over ${syslog.transport}.`
          : 'Syslog notifications are off.',
      href: c.syslog,
    },
    {
      id: 'vpn',
      title: 'Integrate VPN information',
      done: vpn.radiusEnabled,
      detail: vpn.radiusEnabled
        ? 'RADIUS accounting is on: sensors listen on UDP 1813.'
        : vpn.sharedSecret
          ? 'RADIUS accounting is off.'
          : 'RADIUS accounting is off and no shared secret is set.',
      href: c.vpn,
    },
    {
      id: 'defender-for-endpoint',
      title: 'Configure the Microsoft Defender for Endpoint integration',
      done: defender.enabled,
      detail: defender.enabled ? 'The integration is on.' : 'The integration is off.',
      href: c.defenderForEndpoint,
    },
    {
      id: 'honeytokens',
      title: 'Set honeytoken accounts',
      done: honeytokens > 0,
      detail:
        honeytokens > 0
          ? `${plural(honeytokens, 'honeytoken')} tagged.`
          : 'No honeytoken accounts yet.',
      href: c.entityTags,
    },
    {
      id: 'sensitive-entities',
      title: 'Tag sensitive entities',
      done: tagged > 0,
      detail:
        tagged > 0
          ? `${plural(tagged, 'entity', 'entities')} tagged sensitive.`
          : 'No entities tagged sensitive yet (members of built-in sensitive groups are sensitive anyway).',
      href: c.entityTags,
    },
    {
      id: 'exclusions',
      title: 'Create security alert exclusions',
      done: exclusions > 0,
      detail: exclusions > 0 ? `${plural(exclusions, 'exclusion')}.` : 'No exclusions yet.',
      href: c.exclusions,
    },
    {
      id: 'email-notifications',
      title: 'Set email notifications',
      done: emailCount > 0,
      detail: emailCount > 0 ? `${plural(emailCount, 'recipient')}.` : 'Nobody receives emails.',
      href: c.notifications,
    },
    {
      id: 'scheduled-reports',
      title: 'Schedule reports',
      done: scheduled.length > 0,
      detail:
        scheduled.length > 0
          ? `Scheduled: ${scheduled.map((r) => r.title).join(', ')}.`
          : 'No report is scheduled.',
      href: c.scheduledReports,
    },
    {
      id: 'role-groups',
      title: 'Configure role-based permissions',
      done: members > 0,
      detail:
        members > 0
          ? `${plural(members, 'member')} in the role groups.`
          : 'The role groups have no members: only directory administrators can sign in.',
      href: c.roleGroups,
    },
    {
      id: 'siem',
      title: 'Configure the SIEM server address for notifications',
      done: syslog.enabled && syslog.server !== '' && events.length > 0,
      detail:
        syslog.server === ''
          ? 'No SIEM server yet.'
          : `${syslog.server} ${syslog.enabled ? 'receives' : 'would receive'} ${events.join(', ') || 'nothing'}.`,
      href: c.syslog,
    },
  ];

  const open = tenantHealthIssues(store.state, caller.tenant, caller.tenantState, now).filter(
    (i) => i.status === 'Open',
  ).length;
  return {
    items,
    validation: {
      openHealthIssues: open,
      done: open === 0,
      detail:
        open === 0
          ? 'No open health issues.'
          : `${plural(open, 'open health issue')}: review them, and the sensors’ error logs.`,
      href: paths.health,
    },
  };
}
