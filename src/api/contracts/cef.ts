import type { SyslogFormat } from './syslog';
import type { Severity } from './vocabulary';

/**
 * CEF over Syslog (domain catalog §9): the one formatter. The Syslog page's live preview and the
 * mock backend's test message both use it, so what the page shows is what the service sends.
 * Pure and framework-free.
 */
export const cefVendor = 'Vigil';
export const cefProduct = 'Vigil';
export const cefProductVersion = '2.130.8934';

/** CEF severity numbers: 3 = Low, 5 = Medium, 10 = High. */
export const cefSeverity: Record<Severity, number> = { Low: 3, Medium: 5, High: 10 };

/** Header fields: backslash and pipe are escaped; a header never spans lines. */
export function escapeCefHeader(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** Extension values: backslash and equals sign are escaped, line breaks become `\r` and `\n`. */
export function escapeCefExtension(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/=/g, '\\=')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
}

/** Alert start time as the extension shows it: UTC, 7 fractional digits, `Z`. */
export function cefTimestamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 23)}0000Z`;
}

export interface CefEvent {
  /** Device Event Class ID, e.g. DnsReconnaissanceSecurityAlert. */
  classId: string;
  name: string;
  severity: Severity;
  /** Extension pairs in order; empty or undefined values are left out. */
  extension: readonly (readonly [key: string, value: string | number | undefined])[];
}

/** `CEF:0|Vigil|Vigil|<version>|<class>|<name>|<severity>|key=value …` */
export function formatCef(event: CefEvent): string {
  const header = [
    cefVendor,
    cefProduct,
    cefProductVersion,
    event.classId,
    event.name,
    String(cefSeverity[event.severity]),
  ]
    .map(escapeCefHeader)
    .join('|');
  const extension = event.extension
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeCefExtension(String(value))}`)
    .join(' ');
  return `CEF:0|${header}|${extension}`;
}

export type CefTrigger = 'new' | 'update';

/** A security alert as it is sent to the SIEM (extension keys per catalog §9.2). */
export interface SecurityAlertMessage {
  classId: string;
  name: string;
  severity: Severity;
  /** The permanent detection ID (2xxx). */
  externalId: number;
  start: number;
  trigger: CefTrigger;
  /** Deep link to the alert in the portal. */
  url: string;
  /** Description; evidence lines are separated by `\r\n`. */
  msg: string;
  app?: string;
  suser?: string;
  shost?: string;
  dhost?: string;
  outcome?: 'Success' | 'Failure';
  cnt?: number;
}

export function securityAlertCef(alert: SecurityAlertMessage): CefEvent {
  return {
    classId: alert.classId,
    name: alert.name,
    severity: alert.severity,
    extension: [
      ['start', cefTimestamp(alert.start)],
      ['app', alert.app],
      ['suser', alert.suser],
      ['shost', alert.shost],
      ['dhost', alert.dhost],
      ['outcome', alert.outcome],
      ['cnt', alert.cnt],
      ['msg', alert.msg],
      ['externalId', alert.externalId],
      ['cs1Label', 'url'],
      ['cs1', alert.url],
      ['cs2Label', 'trigger'],
      ['cs2', alert.trigger],
    ],
  };
}

/** A health issue as it is sent (catalog §9.3): the class name is also the event name. */
export interface HealthAlertMessage {
  classId: string;
  severity: Severity;
  /** Mock-assigned 1xxx code (real health IDs are undocumented). */
  externalId: number;
  url: string;
  msg: string;
  trigger: CefTrigger;
}

export function healthAlertCef(alert: HealthAlertMessage): CefEvent {
  return {
    classId: alert.classId,
    name: alert.classId,
    severity: alert.severity,
    extension: [
      ['externalId', alert.externalId],
      ['cs1Label', 'url'],
      ['cs1', alert.url],
      ['cs2Label', 'trigger'],
      ['cs2', alert.trigger],
      ['msg', alert.msg],
    ],
  };
}

// ---- Syslog framing --------------------------------------------------------------------------

/** Facility auth (4), as the real service sends (`Auth.Warning`, `Auth.Error`). */
export const syslogFacility = 4;

/**
 * Syslog severity per alert severity: High → error (3), Medium → warning (4) as in the catalog's
 * samples; Low → notice (5), our choice: normal but significant, still above informational.
 */
export const syslogSeverityCode: Record<Severity, number> = { High: 3, Medium: 4, Low: 5 };

export function syslogPri(severity: Severity): number {
  return syslogFacility * 8 + syslogSeverityCode[severity];
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5424 TIMESTAMP: microseconds and an explicit UTC offset. */
export function rfc5424Timestamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 23)}000+00:00`;
}

/** RFC 3164 TIMESTAMP (UTC): `Mmm dd hh:mm:ss`, a single-digit day padded with a space. */
export function rfc3164Timestamp(at: number): string {
  const d = new Date(at);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${months[d.getUTCMonth()]} ${day} ${d.toISOString().slice(11, 19)}`;
}

/** The sensor that sends: its FQDN (RFC 5424 HOSTNAME), NetBIOS name (RFC 3164) and process id. */
export interface SyslogOrigin {
  fqdn: string;
  name: string;
  procId: number;
}

/** A stable process id for a sensor's service (the real one is the sensor process's id). */
export function sensorProcessId(sensorName: string): number {
  let h = 7;
  for (const c of sensorName.toUpperCase()) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return 1000 + (h % 9000);
}

/**
 * One Syslog message carrying a CEF line. RFC 5424:
 * `<PRI>1 TIMESTAMP HOSTNAME CEF PROCID MSGID - CEF:0|…` (no structured data; MSG is sent without a
 * BOM so SIEM parsers find `CEF:` where they expect it). RFC 3164: `<PRI>Mmm dd hh:mm:ss HOST CEF:0|…`
 * (the HOSTNAME without the domain, as RFC 3164 asks).
 */
export function frameSyslog(
  format: SyslogFormat,
  origin: SyslogOrigin,
  at: number,
  event: CefEvent,
): string {
  const pri = `<${syslogPri(event.severity)}>`;
  const cef = formatCef(event);
  if (format === 'RFC 3164') return `${pri}${rfc3164Timestamp(at)} ${origin.name} ${cef}`;
  const msgId = event.classId.replace(/[^\x21-\x7e]/g, '').slice(0, 32) || '-';
  return `${pri}1 ${rfc5424Timestamp(at)} ${origin.fqdn} CEF ${origin.procId} ${msgId} - ${cef}`;
}

// ---- The test message --------------------------------------------------------------------------

const sampleAlertId = '6e5b3a4c-2f1d-4c8e-9a7b-3d2e1f0c2007';

/** What "Send test message" sends: a sample Network mapping reconnaissance (DNS) alert. */
export function sampleSecurityAlert(
  sensor: { name: string; fqdn: string },
  instanceUrl: string,
  at: number,
): SecurityAlertMessage {
  const dot = sensor.fqdn.indexOf('.');
  const domain = dot > 0 ? sensor.fqdn.slice(dot + 1) : '';
  return {
    classId: 'DnsReconnaissanceSecurityAlert',
    name: 'Network mapping reconnaissance (DNS)',
    severity: 'Medium',
    externalId: 2007,
    start: at,
    trigger: 'new',
    url: `${instanceUrl}/securityAlert/${sampleAlertId}`,
    app: 'Dns',
    shost: domain ? `client1.${domain}` : 'CLIENT1',
    msg: `CLIENT1 sent suspicious DNS queries to ${sensor.name}.\r\nThis is a test message from Vigil.`,
  };
}

/** The exact line "Send test message" sends from `sensor` at `at`. */
export function syslogTestLine(input: {
  format: SyslogFormat;
  sensor: { name: string; fqdn: string };
  instanceUrl: string;
  at: number;
}): string {
  const alert = sampleSecurityAlert(input.sensor, input.instanceUrl, input.at);
  const origin = {
    fqdn: input.sensor.fqdn,
    name: input.sensor.name,
    procId: sensorProcessId(input.sensor.name),
  };
  return frameSyslog(input.format, origin, input.at, securityAlertCef(alert));
}
