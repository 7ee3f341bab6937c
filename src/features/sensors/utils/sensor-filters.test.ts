import { describe, expect, it } from 'vitest';
import type { Sensor } from '@/api/contracts/sensors';
import {
  applySensorView,
  defaultSensorView,
  filterSensors,
  hasActiveFilters,
  parseSensorView,
  sensorViewSearch,
  serializeSensorView,
  sortSensors,
  type SensorView,
} from './sensor-filters';

function sensor(overrides: Partial<Sensor> & { name: string }): Sensor {
  return {
    id: overrides.name.toLowerCase(),
    fqdn: `${overrides.name.toLowerCase()}.contoso.com`,
    type: 'Sensor',
    domain: 'contoso.com',
    version: '2.130.8934',
    serviceStatus: 'Running',
    sensorStatus: 'Up to date',
    health: 'Healthy',
    openHealthIssues: 0,
    lastSeen: '2026-11-20T08:59:30.000Z',
    delayedUpdate: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    description: '',
    domainControllers: [],
    networkAdapters: [],
    etag: 'W/"0"',
    ...overrides,
  };
}

const view = (change: Partial<SensorView> = {}): SensorView => ({
  ...defaultSensorView,
  ...change,
});
const names = (sensors: Sensor[]) => sensors.map((s) => s.name);

describe('parseSensorView', () => {
  it('reads every param', () => {
    const params = new URLSearchParams(
      'q=+emea+&status=Outdated&health=High&sort=lastSeen&dir=desc&sensor=abc&setup=open',
    );
    expect(parseSensorView(params)).toEqual({
      q: 'emea',
      status: 'Outdated',
      health: 'High',
      sort: 'lastSeen',
      dir: 'desc',
      sensor: 'abc',
      setup: true,
    });
  });

  it('falls back to the defaults for missing, unknown or invalid values', () => {
    expect(parseSensorView(new URLSearchParams(''))).toEqual(defaultSensorView);
    const params = new URLSearchParams(
      'status=Broken&health=Critical&sort=__proto__&dir=up&sensor=&setup=yes',
    );
    expect(parseSensorView(params)).toEqual(defaultSensorView);
  });

  it('round-trips through serializeSensorView', () => {
    const original = view({
      q: 'dc1',
      status: 'Disconnected',
      health: 'Medium',
      sort: 'health',
      dir: 'desc',
      sensor: 'x',
      setup: true,
    });
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(serializeSensorView(original))) if (v) params.set(k, v);
    expect(parseSensorView(params)).toEqual(original);
  });
});

describe('serializeSensorView', () => {
  it('leaves defaults out of the URL and only names what changed', () => {
    expect(serializeSensorView({ q: '  ' })).toEqual({ q: null });
    expect(serializeSensorView({ sort: 'name', dir: 'asc' })).toEqual({ sort: null, dir: null });
    expect(serializeSensorView({ sort: 'name', dir: 'desc' })).toEqual({
      sort: 'name',
      dir: 'desc',
    });
    expect(serializeSensorView({ sort: 'version', dir: 'asc' })).toEqual({
      sort: 'version',
      dir: null,
    });
    expect(serializeSensorView({ status: null, health: 'Low' })).toEqual({
      status: null,
      health: 'Low',
    });
    expect(serializeSensorView({ setup: true })).toEqual({ setup: 'open' });
    expect(serializeSensorView({ setup: false })).toEqual({ setup: null });
  });
});

describe('sensorViewSearch', () => {
  it('builds the search part of a link, e.g. to the open sensor setup', () => {
    expect(sensorViewSearch({ setup: true })).toBe('?setup=open');
    expect(sensorViewSearch({ q: 'dc 1', health: 'High' })).toBe('?q=dc+1&health=High');
    expect(sensorViewSearch({ setup: false, sort: 'name' })).toBe('');
  });
});

describe('hasActiveFilters', () => {
  it('counts text, status and health, not sort or selection', () => {
    expect(hasActiveFilters(view({ sort: 'type', dir: 'desc', sensor: 'x', setup: true }))).toBe(
      false,
    );
    expect(hasActiveFilters(view({ q: 'x' }))).toBe(true);
    expect(hasActiveFilters(view({ status: 'Syncing' }))).toBe(true);
    expect(hasActiveFilters(view({ health: 'Healthy' }))).toBe(true);
  });
});

describe('filterSensors', () => {
  const sensors = [
    sensor({ name: 'DC01', version: '2.129.8813' }),
    sensor({
      name: 'EMEADC01',
      domain: 'emea.contoso.com',
      fqdn: 'emeadc01.emea.contoso.com',
      sensorStatus: 'Outdated',
      health: 'Medium',
    }),
    sensor({
      name: 'ADFS01',
      type: 'ADFS Sensor',
      fqdn: 'adfs-farm.contoso.com',
      health: 'High',
      sensorStatus: 'Disconnected',
    }),
  ];

  it('matches the text in name, domain, FQDN or version, ignoring case', () => {
    expect(names(filterSensors(sensors, view({ q: 'emea' })))).toEqual(['EMEADC01']);
    expect(names(filterSensors(sensors, view({ q: 'ADFS-FARM' })))).toEqual(['ADFS01']);
    expect(names(filterSensors(sensors, view({ q: '2.129' })))).toEqual(['DC01']);
    expect(names(filterSensors(sensors, view({ q: 'dc01' })))).toEqual(['DC01', 'EMEADC01']);
  });

  it('treats wildcard characters literally', () => {
    expect(filterSensors(sensors, view({ q: 'DC*' }))).toEqual([]);
    expect(filterSensors(sensors, view({ q: '.*' }))).toEqual([]);
  });

  it('filters by sensor status and health, combined with the text', () => {
    expect(names(filterSensors(sensors, view({ status: 'Outdated' })))).toEqual(['EMEADC01']);
    expect(names(filterSensors(sensors, view({ health: 'High' })))).toEqual(['ADFS01']);
    expect(filterSensors(sensors, view({ health: 'High', q: 'emea' }))).toEqual([]);
  });
});

describe('sortSensors', () => {
  it('sorts names naturally: DC2 before DC10, ignoring case', () => {
    const sensors = ['DC10', 'dc2', 'DC1', 'APACDC01', 'DC03'].map((name) => sensor({ name }));
    expect(names(sortSensors(sensors, 'name', 'asc'))).toEqual([
      'APACDC01',
      'DC1',
      'dc2',
      'DC03',
      'DC10',
    ]);
    expect(names(sortSensors(sensors, 'name', 'desc'))).toEqual([
      'DC10',
      'DC03',
      'dc2',
      'DC1',
      'APACDC01',
    ]);
  });

  it('sorts versions numerically', () => {
    const sensors = [
      sensor({ name: 'A', version: '2.130.8934' }),
      sensor({ name: 'B', version: '2.97.7243' }),
      sensor({ name: 'C', version: '2.130.8916' }),
    ];
    expect(names(sortSensors(sensors, 'version', 'asc'))).toEqual(['B', 'C', 'A']);
  });

  it('sorts health by severity, then by the number of open issues', () => {
    const sensors = [
      sensor({ name: 'A', health: 'Medium', openHealthIssues: 1 }),
      sensor({ name: 'B', health: 'High', openHealthIssues: 1 }),
      sensor({ name: 'C', health: 'Healthy' }),
      sensor({ name: 'D', health: 'Low', openHealthIssues: 1 }),
      sensor({ name: 'E', health: 'Medium', openHealthIssues: 3 }),
    ];
    expect(names(sortSensors(sensors, 'health', 'asc'))).toEqual(['C', 'D', 'A', 'E', 'B']);
    expect(names(sortSensors(sensors, 'health', 'desc'))).toEqual(['B', 'E', 'A', 'D', 'C']);
  });

  it('sorts last seen by time, not by text', () => {
    const sensors = [
      // A reads later as text, but 09:30+02:00 is 07:30 UTC.
      sensor({ name: 'A', lastSeen: '2026-11-20T09:30:00.000+02:00' }),
      sensor({ name: 'B', lastSeen: '2026-11-20T08:00:00.000Z' }),
      sensor({ name: 'C', lastSeen: '2026-11-19T23:00:00.000Z' }),
    ];
    expect(names(sortSensors(sensors, 'lastSeen', 'desc'))).toEqual(['B', 'A', 'C']);
    expect(names(sortSensors(sensors, 'lastSeen', 'asc'))).toEqual(['C', 'A', 'B']);
  });

  it('is stable: ties are ordered by name whichever the direction', () => {
    const sensors = ['DC3', 'DC1', 'DC2'].map((name) =>
      sensor({ name, delayedUpdate: name !== 'DC2' }),
    );
    expect(names(sortSensors(sensors, 'delayedUpdate', 'asc'))).toEqual(['DC2', 'DC1', 'DC3']);
    expect(names(sortSensors(sensors, 'delayedUpdate', 'desc'))).toEqual(['DC1', 'DC3', 'DC2']);
  });

  it('does not change its input', () => {
    const sensors = ['B', 'A'].map((name) => sensor({ name }));
    sortSensors(sensors, 'name', 'asc');
    expect(names(sensors)).toEqual(['B', 'A']);
  });
});

describe('applySensorView', () => {
  it('filters then sorts', () => {
    const sensors = ['DC10', 'DC2', 'EMEADC01'].map((name) => sensor({ name }));
    expect(names(applySensorView(sensors, view({ q: 'dc', sort: 'name', dir: 'desc' })))).toEqual([
      'EMEADC01',
      'DC10',
      'DC2',
    ]);
  });
});
