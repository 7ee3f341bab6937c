import { describe, expect, it } from 'vitest';
import {
  defaultSyslogSettings,
  syslogSettingsSchema,
  syslogTestRequestSchema,
  type SyslogSettings,
} from './syslog';

const configured: SyslogSettings = {
  ...defaultSyslogSettings,
  enabled: true,
  sensorId: 'sensor-1',
  server: 'siem.contoso.com',
};

/** Field path → messages of a failed parse. */
function errorsOf(schema: typeof syslogSettingsSchema, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}

describe('syslog settings contract', () => {
  it('accepts the defaults: off, nothing configured, UDP 514, RFC 5424, every event', () => {
    expect(syslogSettingsSchema.parse(defaultSyslogSettings)).toEqual(defaultSyslogSettings);
    expect(defaultSyslogSettings).toMatchObject({
      port: 514,
      transport: 'UDP',
      format: 'RFC 5424',
    });
  });

  it('requires a sensor and a server while enabled, on those fields', () => {
    expect(errorsOf(syslogSettingsSchema, { ...configured, sensorId: null, server: ' ' })).toEqual({
      sensorId: ['Choose the sensor that sends the messages'],
      server: ['Enter the SIEM server’s name or IP address'],
    });
  });

  it('accepts FQDNs and IP addresses, and trims them', () => {
    for (const server of ['siem.contoso.com', '10.0.0.5', 'fe80::1']) {
      expect(syslogSettingsSchema.safeParse({ ...configured, server }).success).toBe(true);
    }
    expect(syslogSettingsSchema.parse({ ...configured, server: ' siem.contoso.com ' }).server).toBe(
      'siem.contoso.com',
    );
  });

  it.each(['http://x', 'siem.contoso.com:514', 'siem'])('refuses the server %s', (server) => {
    expect(errorsOf(syslogSettingsSchema, { ...configured, server }).server).toEqual([
      'Enter a server name (FQDN) or an IP address, without http:// or a port',
    ]);
  });

  it.each([0, 70000, 51.4])('refuses port %s at the port field', (port) => {
    expect(Object.keys(errorsOf(syslogSettingsSchema, { ...configured, port }))).toEqual(['port']);
  });

  it('reports every bad field at once', () => {
    expect(
      Object.keys(errorsOf(syslogSettingsSchema, { ...configured, port: 0, server: 'http://x' })),
    ).toEqual(['server', 'port']);
  });

  it('needs a sensor and a server for a test message even while Syslog is off', () => {
    expect(syslogTestRequestSchema.safeParse(defaultSyslogSettings).success).toBe(false);
    expect(syslogTestRequestSchema.safeParse({ ...configured, enabled: false }).success).toBe(true);
  });
});
