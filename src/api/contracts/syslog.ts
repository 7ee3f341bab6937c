import * as z from 'zod/mini';
import { hostSchema, portSchema, versioned } from './config';

/**
 * Configuration → Notifications and reports → Syslog notifications (domain catalog §6.11): one
 * sensor forwards security alerts and health issues to one SIEM over Syslog, as CEF (§9).
 */
export const syslogTransportSchema = z.enum(['UDP', 'TCP', 'TLS']);
export type SyslogTransport = z.infer<typeof syslogTransportSchema>;

export const syslogFormatSchema = z.enum(['RFC 5424', 'RFC 3164']);
export type SyslogFormat = z.infer<typeof syslogFormatSchema>;

export const syslogEventsSchema = z.object({
  newSecurityAlerts: z.boolean(),
  /** Sends `cs2=update` messages; only meaningful while new alerts are sent. */
  updatedSecurityAlerts: z.boolean(),
  newHealthIssues: z.boolean(),
});
export type SyslogEvents = z.infer<typeof syslogEventsSchema>;

const serverMessage = 'Enter the SIEM server’s name or IP address';

const syslogFields = z.object({
  enabled: z.boolean(),
  /** The one sensor that sends every message (events never go straight from the cloud to the SIEM). */
  sensorId: z.nullable(z.string().check(z.minLength(1))),
  /** FQDN or IP address — no scheme, no port. Empty while Syslog is off and never configured. */
  server: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || hostSchema.safeParse(v).success, {
      message: 'Enter a server name (FQDN) or an IP address, without http:// or a port',
    }),
  ),
  port: portSchema,
  transport: syslogTransportSchema,
  format: syslogFormatSchema,
  events: syslogEventsSchema,
});

type SyslogFields = z.infer<typeof syslogFields>;

/** Field errors land on the fields: `sensorId`, `server`. */
function requireTarget(always: boolean) {
  return (v: SyslogFields, ctx: z.core.$RefinementCtx<SyslogFields>) => {
    if (!always && !v.enabled) return;
    if (!v.sensorId) {
      ctx.addIssue({
        code: 'custom',
        path: ['sensorId'],
        message: 'Choose the sensor that sends the messages',
      });
    }
    if (typeof v.server === 'string' && v.server.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['server'], message: serverMessage });
    }
  };
}

/** The settings (GET answer and PUT body). While enabled, a sensor and a server are required. */
export const syslogSettingsSchema = syslogFields.check(z.superRefine(requireTarget(false)));
export type SyslogSettings = z.infer<typeof syslogSettingsSchema>;

export const syslogSettingsResponseSchema = versioned(syslogSettingsSchema);

export const defaultSyslogSettings: SyslogSettings = {
  enabled: false,
  sensorId: null,
  server: '',
  port: 514,
  transport: 'UDP',
  format: 'RFC 5424',
  events: { newSecurityAlerts: true, updatedSecurityAlerts: true, newHealthIssues: true },
};

/**
 * POST /api/config/syslog/test: the settings being edited (saved or not). A test needs a sensor
 * and a server even while Syslog is still switched off.
 */
export const syslogTestRequestSchema = syslogFields.check(z.superRefine(requireTarget(true)));
export type SyslogTestRequest = z.infer<typeof syslogTestRequestSchema>;

export const syslogTestResultSchema = z.object({
  delivered: z.boolean(),
  /** The exact line that was (or would have been) sent. */
  line: z.string(),
  /** "Delivered to siem.contoso.com:6514 over TLS from DC01", or why it failed. */
  detail: z.string(),
});
export type SyslogTestResult = z.infer<typeof syslogTestResultSchema>;
