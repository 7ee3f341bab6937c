import { describe, expect, it } from 'vitest';
import { alertPageSchema } from '../../src/api/contracts/alerts';
import { outboxListSchema } from '../../src/api/contracts/outbox';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { defaultSyslogSettings } from '../../src/api/contracts/syslog';
import { defaultSchedule } from '../../src/api/contracts/scheduled-reports';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario, givenSensorOutage, givenTimePasses } from '../configure';
import { callApi } from '../testing/api-client';
import { downloadAs } from '../testing/download';
import { readWorkbook } from '../testing/read-workbook';

const admin = 'admin@contoso.com';

async function outbox(query = '', upn = admin) {
  const response = await callApi(upn, `${endpoints.demo.outbox}${query}`);
  expect(response.status).toBe(200);
  return outboxListSchema.parse(response.body);
}

async function save(name: string, value: unknown) {
  const path = endpoints.config(name);
  const { etag } = (await callApi(admin, path)).body as { etag: string };
  const saved = await callApi(admin, path, {
    method: 'PUT',
    body: value,
    headers: { 'If-Match': etag },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

async function sensorId(name: string) {
  const list = sensorListSchema.parse((await callApi(admin, endpoints.sensors)).body);
  return list.items.find((s) => s.name === name)!.id;
}

async function givenSyslog(events = defaultSyslogSettings.events) {
  await save('syslog', {
    ...defaultSyslogSettings,
    enabled: true,
    sensorId: await sensorId('DC01'),
    server: 'siem.contoso.com',
    events,
  });
}

const advance = (minutes: number) =>
  callApi(null, endpoints.demo.advance, { method: 'POST', body: { minutes } });

describe('outbox', () => {
  it('sends nothing of the scenario’s history', async () => {
    await givenScenario('active-attack');
    await givenSyslog();
    expect((await outbox()).items).toEqual([]);
  });

  it('emails a new alert to its recipients and sends its CEF line when Syslog is on', async () => {
    await givenScenario('active-attack');
    await givenSyslog();
    await advance(30);
    const list = await outbox();
    const alert = list.items.filter((m) => m.kind === 'New security alert');
    expect(alert.map((m) => m.channel).sort()).toEqual(['Email', 'Syslog']);
    const email = alert.find((m) => m.channel === 'Email')!;
    expect(email.recipients).toEqual(['soc@contoso.com']);
    const cef = alert.find((m) => m.channel === 'Syslog')!;
    expect(cef.server).toBe('siem.contoso.com:514 (UDP, RFC 5424)');
    expect(cef.subject).toMatch(/^CEF:0\|Vigil\|Vigil\|[^|]+\|\w+\|[^|]+\|\d+\|/);
    expect(cef.subject).toContain('externalId=2027');
    expect(cef.subject).toContain('cs2=new');
    expect(cef.body).toMatch(/^<\d+>1 2026-11-20T09:20:00\.000000\+00:00 dc01\.contoso\.com CEF /);
    expect(cef.body.endsWith(cef.subject)).toBe(true);
    // The alert is the one the timeline shows.
    const alerts = alertPageSchema.parse((await callApi(admin, endpoints.alerts)).body);
    const raised = alerts.items.find((a) => a.id === email.subjectId)!;
    expect(raised.detectionId).toBe('2027');
    expect(email.subject).toBe(`New high severity security alert: ${raised.title}`);
  });

  it('is idempotent: repeated reads and advances send each message once', async () => {
    await givenScenario('active-attack');
    await givenSyslog();
    await advance(30);
    const first = await outbox();
    const again = await outbox();
    expect(again.items).toEqual(first.items);
    givenTimePasses(1);
    expect((await outbox()).items.map((m) => m.id)).toEqual(first.items.map((m) => m.id));
  });

  it('sends no email without recipients and no CEF while Syslog is off', async () => {
    await givenScenario('active-attack');
    await save('email-notifications', { alertRecipients: [], healthRecipients: [] });
    await advance(30);
    expect((await outbox()).items).toEqual([]);
  });

  it('sends updates to Syslog only, when its toggle is on', async () => {
    await givenScenario('active-attack');
    await givenSyslog();
    const open = alertPageSchema.parse((await callApi(admin, endpoints.alerts)).body).items[0]!;
    const close = () =>
      callApi(admin, endpoints.alertStatus(open.id), { method: 'POST', body: { action: 'Close' } });
    expect((await close()).status).toBe(200);
    const updates = (await outbox()).items.filter((m) => m.kind === 'Security alert updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      channel: 'Syslog',
      subjectId: expect.stringContaining(open.id),
    });
    expect(updates[0]!.subject).toContain('cs2=update');

    await givenSyslog({ ...defaultSyslogSettings.events, updatedSecurityAlerts: false });
    givenTimePasses(1);
    const reopened = await callApi(admin, endpoints.alertStatus(open.id), {
      method: 'POST',
      body: { action: 'Reopen' },
    });
    expect(reopened.status).toBe(200);
    const after = (await outbox()).items.filter((m) => m.kind === 'Security alert updated');
    expect(after).toHaveLength(1);
  });

  it('sends a new health issue to the health recipients and Syslog', async () => {
    await givenScenario('contoso');
    await save('email-notifications', {
      alertRecipients: [],
      healthRecipients: ['health@contoso.com'],
    });
    await givenSyslog();
    givenSensorOutage(await sensorId('DC02'));
    givenTimePasses(4);
    expect((await outbox()).items).toEqual([]);
    givenTimePasses(2);
    const items = (await outbox()).items;
    expect(items.map((m) => [m.channel, m.kind])).toEqual([
      ['Syslog', 'New health issue'],
      ['Email', 'New health issue'],
    ]);
    expect(items[1]).toMatchObject({
      recipients: ['health@contoso.com'],
      subject: 'New health issue: Sensor stopped communicating on DC02',
    });
    expect(items[0]!.subject).toContain('SensorDisconnectedMonitoringAlert');
    expect(items[0]!.subject).toContain('externalId=1011');
  });

  it('emails a scheduled report at its time with its workbook attached', async () => {
    await givenScenario('contoso');
    await save('scheduled-reports', {
      summary: {
        ...defaultSchedule,
        frequency: 'Daily',
        hourUtc: 6,
        recipients: ['ciso@contoso.com'],
      },
      'sensitive-groups': defaultSchedule,
      'cleartext-passwords': {
        ...defaultSchedule,
        frequency: 'Weekly',
        weekday: 'Monday',
        recipients: ['it@contoso.com'],
      },
      'lateral-movement-paths': defaultSchedule,
    });
    // The scenario starts on Friday 20 November at 09:00: the summary goes out the next day at 06:00.
    await advance(20 * 60);
    expect((await outbox()).items).toEqual([]);
    await advance(60);
    const [report] = (await outbox()).items;
    expect(report).toMatchObject({
      at: '2026-11-21T06:00:00.000Z',
      channel: 'Email',
      kind: 'Scheduled report',
      recipients: ['ciso@contoso.com'],
      subject: 'Scheduled report: Summary',
      subjectId: 'summary',
      attachment: { fileName: 'Summary-2026-11-20-2026-11-21.xlsx' },
    });
    const file = await downloadAs('viewer@contoso.com', report!.attachment!.href);
    expect(file.status).toBe(200);
    expect(Object.keys(await readWorkbook(file.blob))).toContain('Open health issues');
    // Monday 23 November, 00:00: the weekly cleartext report.
    await advance(2 * 24 * 60);
    const kinds = (await outbox('?channel=Email')).items.map((m) => `${m.subjectId} ${m.at}`);
    expect(kinds).toEqual([
      'summary 2026-11-23T06:00:00.000Z',
      'cleartext-passwords 2026-11-23T00:00:00.000Z',
      'summary 2026-11-22T06:00:00.000Z',
      'summary 2026-11-21T06:00:00.000Z',
    ]);
  });

  it('keeps tenants apart and lets every role read it', async () => {
    await givenScenario('active-attack');
    await advance(30);
    for (const upn of [admin, 'analyst@contoso.com', 'viewer@contoso.com'])
      expect((await outbox('', upn)).total).toBeGreaterThan(0);
    expect((await callApi('admin@fabrikam.com', endpoints.demo.outbox)).status).toBe(404);
    await callApi('admin@fabrikam.com', endpoints.instance, { method: 'POST', body: {} });
    expect((await outbox('', 'admin@fabrikam.com')).items).toEqual([]);
    expect((await callApi('guest@contoso.com', endpoints.demo.outbox)).status).toBe(403);
  });
});
