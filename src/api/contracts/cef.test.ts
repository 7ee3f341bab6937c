import { describe, expect, it } from 'vitest';
import {
  cefSeverity,
  cefTimestamp,
  escapeCefExtension,
  escapeCefHeader,
  formatCef,
  frameSyslog,
  healthAlertCef,
  rfc3164Timestamp,
  securityAlertCef,
  syslogPri,
  syslogTestLine,
  type SecurityAlertMessage,
} from './cef';

const at = Date.parse('2026-11-05T09:00:00.000Z');
const origin = { fqdn: 'dc01.contoso.com', name: 'DC01', procId: 8335 };

const bruteForce: SecurityAlertMessage = {
  classId: 'LdapBruteForceSecurityAlert',
  name: 'Suspected Brute Force attack (LDAP)',
  severity: 'High',
  externalId: 2004,
  start: Date.parse('2026-11-05T08:58:12.345Z'),
  trigger: 'update',
  url: 'https://contoso.vigil.example/securityAlert/abc',
  msg: 'CLIENT7 tried 120 passwords on 3 accounts.',
  app: 'Ldap',
  suser: 'kaitlyn.wright',
  shost: 'client7.contoso.com',
  outcome: 'Failure',
  cnt: 120,
};

describe('CEF', () => {
  it('maps severities to 3, 5 and 10', () => {
    expect(cefSeverity).toEqual({ Low: 3, Medium: 5, High: 10 });
  });

  it('writes the start time with seven fractional digits and Z', () => {
    expect(cefTimestamp(Date.parse('2026-11-05T08:58:12.345Z'))).toBe(
      '2026-11-05T08:58:12.3450000Z',
    );
  });

  it('escapes backslash and pipe in header fields, and keeps them on one line', () => {
    expect(escapeCefHeader(String.raw`a|b\c`)).toBe(String.raw`a\|b\\c`);
    expect(escapeCefHeader('two\r\nlines')).toBe('two lines');
  });

  it('escapes backslash, equals and line breaks in extension values, not pipes', () => {
    expect(escapeCefExtension(String.raw`C:\Temp a=b|c`)).toBe(String.raw`C:\\Temp a\=b|c`);
    expect(escapeCefExtension('one\r\ntwo\nthree')).toBe(String.raw`one\r\ntwo\nthree`);
  });

  it('formats a security alert with the extension keys in order, skipping empty ones', () => {
    expect(formatCef(securityAlertCef(bruteForce))).toBe(
      'CEF:0|Vigil|Vigil|2.130.8934|LdapBruteForceSecurityAlert|Suspected Brute Force attack (LDAP)|10|' +
        'start=2026-11-05T08:58:12.3450000Z app=Ldap suser=kaitlyn.wright shost=client7.contoso.com ' +
        'outcome=Failure cnt=120 msg=CLIENT7 tried 120 passwords on 3 accounts. externalId=2004 ' +
        'cs1Label=url cs1=https://contoso.vigil.example/securityAlert/abc cs2Label=trigger cs2=update',
    );
  });

  it('escapes a name with a pipe in the header', () => {
    const line = formatCef({
      classId: 'X',
      name: 'A|B',
      severity: 'Low',
      extension: [['msg', 'x=y']],
    });
    expect(line).toBe(String.raw`CEF:0|Vigil|Vigil|2.130.8934|X|A\|B|3|msg=x\=y`);
  });

  it('formats a health alert with the class name as its name', () => {
    const line = formatCef(
      healthAlertCef({
        classId: 'SensorDisconnectedMonitoringAlert',
        severity: 'Medium',
        externalId: 1011,
        url: 'https://contoso.vigil.example/health',
        msg: 'There has not been communication from the Sensor DC03 for 1 week.',
        trigger: 'new',
      }),
    );
    expect(line).toBe(
      'CEF:0|Vigil|Vigil|2.130.8934|SensorDisconnectedMonitoringAlert|SensorDisconnectedMonitoringAlert|5|' +
        'externalId=1011 cs1Label=url cs1=https://contoso.vigil.example/health cs2Label=trigger cs2=new ' +
        'msg=There has not been communication from the Sensor DC03 for 1 week.',
    );
  });
});

describe('Syslog framing', () => {
  it('computes PRI from facility auth (4) and the severity', () => {
    expect(syslogPri('High')).toBe(35); // auth.error
    expect(syslogPri('Medium')).toBe(36); // auth.warning
    expect(syslogPri('Low')).toBe(37); // auth.notice
  });

  it('pads a single-digit day in RFC 3164 timestamps', () => {
    expect(rfc3164Timestamp(at)).toBe('Nov  5 09:00:00');
    expect(rfc3164Timestamp(Date.parse('2026-01-20T23:59:59.999Z'))).toBe('Jan 20 23:59:59');
  });

  it('frames RFC 5424 with version, µs timestamp, FQDN, app name, process id and message id', () => {
    const line = frameSyslog('RFC 5424', origin, at, securityAlertCef(bruteForce));
    expect(
      line.startsWith(
        '<35>1 2026-11-05T09:00:00.000000+00:00 dc01.contoso.com CEF 8335 LdapBruteForceSecurityAlert - CEF:0|Vigil|',
      ),
    ).toBe(true);
  });

  it('truncates the RFC 5424 message id to 32 characters', () => {
    const event = {
      classId: 'AVeryLongClassNameThatGoesOnAndOnSecurityAlert',
      name: 'n',
      severity: 'Low' as const,
      extension: [],
    };
    expect(frameSyslog('RFC 5424', origin, at, event)).toContain(
      ' CEF 8335 AVeryLongClassNameThatGoesOnAndO - CEF:0|',
    );
  });
});

describe('the test message', () => {
  const tail =
    'CEF:0|Vigil|Vigil|2.130.8934|DnsReconnaissanceSecurityAlert|Network mapping reconnaissance (DNS)|5|' +
    'start=2026-11-05T09:00:00.0000000Z app=Dns shost=client1.contoso.com ' +
    String.raw`msg=CLIENT1 sent suspicious DNS queries to DC01.\r\nThis is a test message from Vigil. ` +
    'externalId=2007 cs1Label=url cs1=https://contoso.vigil.example/securityAlert/6e5b3a4c-2f1d-4c8e-9a7b-3d2e1f0c2007 ' +
    'cs2Label=trigger cs2=new';
  const input = {
    sensor: { name: 'DC01', fqdn: 'dc01.contoso.com' },
    instanceUrl: 'https://contoso.vigil.example',
    at,
  };

  it('is the exact RFC 5424 line', () => {
    expect(syslogTestLine({ ...input, format: 'RFC 5424' })).toBe(
      `<36>1 2026-11-05T09:00:00.000000+00:00 dc01.contoso.com CEF 8335 DnsReconnaissanceSecurityAlert - ${tail}`,
    );
  });

  it('is the exact RFC 3164 line', () => {
    expect(syslogTestLine({ ...input, format: 'RFC 3164' })).toBe(
      `<36>Nov  5 09:00:00 DC01 ${tail}`,
    );
  });
});
