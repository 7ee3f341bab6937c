import { HttpResponse } from 'msw';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { sensorListSchema, sensorSchema, type SensorList } from '../../src/api/contracts/sensors';
import { store } from '../store/store';
import { tenantSensors } from '../store/sensor-records';
import { apiRoute } from './api-route';
import { problem } from './problem';

export const sensorHandlers = [
  apiRoute(
    'get',
    endpoints.sensors,
    { summary: 'List the sensors', response: sensorListSchema },
    ({ caller, now }) => {
      const items = tenantSensors(store.state, caller.tenant, caller.tenantState, now);
      const list: SensorList = { items, total: items.length, asOf: new Date(now).toISOString() };
      return HttpResponse.json(list);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.sensor,
    {
      summary: 'Read one sensor',
      response: { schema: sensorSchema, etag: true },
      errors: { 404: 'No such sensor in the tenant (`code`: `not-found`).' },
    },
    ({ caller, params, now }) => {
      // Only the caller's tenant is searched: another tenant's id is simply not found.
      const sensor = tenantSensors(store.state, caller.tenant, caller.tenantState, now).find(
        (s) => s.id === params.sensorId,
      );
      if (!sensor) return problem(404, 'Sensor not found', { code: 'not-found' });
      return HttpResponse.json(sensor, { headers: { ETag: sensor.etag } });
    },
  ),
];
