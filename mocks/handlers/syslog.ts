import { HttpResponse } from 'msw';
import type { Sensor } from '../../src/api/contracts/sensors';
import { syslogTestLine } from '../../src/api/contracts/cef';
import {
  defaultSyslogSettings,
  syslogSettingsSchema,
  syslogSettingsResponseSchema,
  syslogTestRequestSchema,
  syslogTestResultSchema,
  type SyslogSettings,
  type SyslogTestRequest,
  type SyslogTestResult,
} from '../../src/api/contracts/syslog';
import { endpoints } from '../../src/api/endpoints';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { apiRoute, type Caller } from './api-route';
import { defineConfigResource } from './config-resource';
import { dispatchBeforeChange } from './notifications';
import { problem } from './problem';

function findSensor(caller: Caller, sensorId: string | null, now: number): Sensor | undefined {
  if (!sensorId) return undefined;
  return tenantSensors(store.state, caller.tenant, caller.tenantState, now).find(
    (s) => s.id === sensorId,
  );
}

function unknownSensor() {
  return problem(400, 'Some fields are not valid', {
    code: 'validation',
    errors: { sensorId: ['Choose one of this instance’s sensors'] },
  });
}

/** Configuration → Notifications and reports → Syslog notifications. A data source: Administrators only. */
export const syslogConfig = defineConfigResource<SyslogSettings, SyslogSettings, SyslogSettings>({
  name: 'syslog',
  page: 'Syslog notifications',
  updatePermission: 'config.dataSources',
  input: syslogSettingsSchema,
  response: syslogSettingsResponseSchema,
  errors: {
    400: 'The sensor that would send the messages is not one of the instance’s (`errors.sensorId`).',
  },
  defaults: () => structuredClone(defaultSyslogSettings),
  beforeChange: dispatchBeforeChange,
  apply: (_current, input, { caller, now }) => {
    // A switched-off configuration may keep a sensor that has since been deleted.
    if (input.enabled && !findSensor(caller, input.sensorId, now)) return unknownSensor();
    return input;
  },
  view: (stored) => stored,
});

/**
 * The mock SIEM's reachability, deterministic so demos and tests can show both outcomes: hosts
 * under `.invalid`, hosts named `unreachable.*` and addresses in TEST-NET-3 (203.0.113.0/24) never
 * answer. Everything else receives the message. (README § Scenarios documents this.)
 */
export function isUnreachableSyslogServer(server: string): boolean {
  const host = server.trim().toLowerCase();
  return (
    host.endsWith('.invalid') ||
    host.startsWith('unreachable.') ||
    /^203\.0\.113\.\d{1,3}$/.test(host)
  );
}

function outcome(
  settings: SyslogTestRequest,
  sensor: Sensor,
): Pick<SyslogTestResult, 'delivered' | 'detail'> {
  const { server, port, transport } = settings;
  if (sensor.serviceStatus !== 'Running') {
    return {
      delivered: false,
      detail: `${sensor.name} couldn’t send the message: its sensor service is ${sensor.serviceStatus.toLowerCase()}. Choose a running sensor, or start the service on ${sensor.name}.`,
    };
  }
  if (isUnreachableSyslogServer(server)) {
    const check = `Check that ${server} is reachable from ${sensor.name} and listens on ${transport} ${port}.`;
    return {
      delivered: false,
      detail:
        transport === 'TLS'
          ? `TLS handshake with ${server}:${port} failed from ${sensor.name}: no answer within 5 seconds. ${check} Its certificate must be trusted by ${sensor.name}.`
          : `No response from ${server} on ${transport} ${port} within 5 seconds (sent from ${sensor.name}). ${check}`,
    };
  }
  return {
    delivered: true,
    detail:
      transport === 'UDP'
        ? `Sent to ${server}:${port} over UDP from ${sensor.name}. UDP doesn’t confirm delivery: check that the message arrived at your SIEM.`
        : `Delivered to ${server}:${port} over ${transport} from ${sensor.name}.`,
  };
}

export const syslogHandlers = [
  ...syslogConfig.handlers,

  /** Sends a sample security alert with the (possibly unsaved) settings; not a change, not audited. */
  apiRoute(
    'post',
    endpoints.syslogTest,
    {
      summary: 'Send a test message to a syslog server through a sensor',
      permission: 'config.dataSources',
      body: syslogTestRequestSchema,
      response: syslogTestResultSchema,
      errors: { 400: 'The sensor is not one of the instance’s (`errors.sensorId`).' },
    },
    ({ caller, body, now }) => {
      const sensor = findSensor(caller, body.sensorId, now);
      if (!sensor) return unknownSensor();
      const line = syslogTestLine({
        format: body.format,
        sensor,
        instanceUrl: caller.tenantState.instance?.url ?? '',
        at: now,
      });
      const result: SyslogTestResult = { line, ...outcome(body, sensor) };
      return HttpResponse.json(result);
    },
  ),
];
