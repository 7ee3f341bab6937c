import { http, HttpResponse } from 'msw';
import { documented } from './route-doc';
import {
  ACCESS_KEY_HEADER,
  SENSOR_SETUP_FILE_NAME,
  accessKeyRegeneratedSchema,
  accessKeySchema,
  sensorRegisteredSchema,
  sensorRegistrationSchema,
  type AccessKey,
  type SensorRegistered,
} from '../../src/api/contracts/sensor-setup';
import { endpoints } from '../../src/api/endpoints';
import { applyFaults } from '../faults';
import { currentAccessKey, tenantByAccessKey } from '../store/access-key';
import { tenantDomainControllers } from '../store/domain-controller-records';
import type { TenantState } from '../store/state';
import { store } from '../store/store';
import { stableId } from '../world/hash';
import { apiRoute } from './api-route';
import { parseRequest, fieldErrors, problem } from './problem';
import { sensorSetupZip } from './sensor-setup-package';

function generatedAt(tenantState: TenantState): string {
  return (
    tenantState.accessKeyGeneratedAt ?? tenantState.instance?.createdAt ?? new Date(0).toISOString()
  );
}

/** The access key as the audit log may show it: only that it is set and when it was replaced. */
const accessKeyState = (tenantState: TenantState) => ({
  accessKey: { isSet: true, updatedAt: generatedAt(tenantState) },
});

export const invalidAccessKeyMessage =
  'The access key is not valid for any instance. Use the current key from Configuration → Sensors.';

/**
 * Sensor setup (Configuration → Sensors, Administrators only): the setup zip, the access key
 * (read on request, never logged) and its regeneration. Plus the endpoint a sensor calls when it
 * registers, authenticated by the access key rather than a user's token.
 */
export const sensorSetupHandlers = [
  apiRoute(
    'get',
    endpoints.sensorSetup,
    {
      summary: 'Download the sensor setup package (installer and the instance’s configuration)',
      permission: 'config.sensors',
      response: {
        contentType: 'application/zip',
        description: `The package, as an attachment named “${SENSOR_SETUP_FILE_NAME}”.`,
      },
    },
    ({ caller, now }) => {
      const instance = caller.tenantState.instance;
      if (!instance)
        return problem(404, 'This tenant has no instance', { code: 'instance-not-found' });
      const zip = sensorSetupZip(instance, now);
      return new HttpResponse(zip, {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="${SENSOR_SETUP_FILE_NAME}"`,
          'Cache-Control': 'no-store',
        },
      });
    },
  ),

  apiRoute(
    'get',
    endpoints.accessKey,
    {
      summary: 'Read the access key sensors install with (the one secret a response shows)',
      permission: 'config.sensors',
      response: accessKeySchema,
    },
    ({ caller }) => {
      const body: AccessKey = {
        key: currentAccessKey(caller.tenant.id, caller.tenantState),
        generatedAt: generatedAt(caller.tenantState),
      };
      return HttpResponse.json(body, { headers: { 'Cache-Control': 'no-store' } });
    },
  ),

  apiRoute(
    'post',
    endpoints.accessKeyRegenerate,
    {
      summary: 'Regenerate the access key: the old one stops working for new installations',
      permission: 'config.sensors',
      response: accessKeyRegeneratedSchema,
      audit: {
        page: 'Sensors',
        target: () => 'Access key regenerated',
        snapshot: ({ caller }) => accessKeyState(caller.tenantState),
      },
    },
    ({ caller, now }) => {
      const { tenantState } = caller;
      tenantState.accessKeyGeneration = (tenantState.accessKeyGeneration ?? 0) + 1;
      tenantState.accessKeyGeneratedAt = new Date(now).toISOString();
      return HttpResponse.json({ generatedAt: tenantState.accessKeyGeneratedAt });
    },
  ),

  // A sensor registering itself: no user, no bearer token — the access key names the instance.
  documented(
    http.post(endpoints.sensorRegister, async ({ request }) => {
      await store.refresh();
      const faulted = await applyFaults(request, store.state.faults);
      if (faulted) return faulted;
      const key = request.headers.get(ACCESS_KEY_HEADER)?.trim() ?? '';
      const found = key ? tenantByAccessKey(store.state, key) : null;
      if (!found) return problem(401, invalidAccessKeyMessage, { code: 'invalid-access-key' });

      const parsed = parseRequest(sensorRegistrationSchema, await request.json().catch(() => null));
      if (!parsed.success) {
        return problem(400, 'Some fields are not valid', {
          code: 'validation',
          errors: fieldErrors(parsed.error.issues),
        });
      }
      const { tenant, tenantState } = found;
      const now = store.now();
      const fqdn = parsed.data.domainControllerFqdn.toLowerCase();
      const dc = tenantDomainControllers(store.state, tenant, tenantState, now).items.find(
        (d) => d.fqdn.toLowerCase() === fqdn,
      );
      if (!dc) {
        return problem(404, 'No such domain controller in your forests', {
          code: 'domain-controller-not-found',
          errors: {
            domainControllerFqdn: [
              `${parsed.data.domainControllerFqdn} isn’t a detected domain controller`,
            ],
          },
        });
      }
      if (dc.monitored) {
        return problem(409, `${dc.name} already has a sensor`, {
          code: 'already-monitored',
          detail: 'Uninstall the sensor on that domain controller first, or pick another one.',
        });
      }
      const sensorId = stableId(
        'installed-sensor',
        tenant.id,
        dc.fqdn,
        now,
        tenantState.installedSensors?.length ?? 0,
      );
      (tenantState.installedSensors ??= []).push({
        id: sensorId,
        machineName: parsed.data.machineName.toUpperCase(),
        domainControllerFqdn: dc.fqdn,
        domain: dc.domain,
        version: parsed.data.version,
        installedAt: now,
      });
      await store.save();
      const body: SensorRegistered = { sensorId, registeredAt: new Date(now).toISOString() };
      return HttpResponse.json(body, { status: 201 });
    }),
    {
      summary: 'Register an installed sensor (called by the sensor, not by the portal)',
      description:
        'The sensor installs on a domain controller of the instance’s forests and registers with the access key; it then shows as Starting, Syncing, Running.',
      auth: 'access-key',
      body: sensorRegistrationSchema,
      response: { status: 201, schema: sensorRegisteredSchema },
      errors: {
        401: `The access key matches no instance: missing, mistyped or regenerated since (\`code\`: \`invalid-access-key\`).`,
        404: 'The domain controller is not one of the instance’s (`code`: `domain-controller-not-found`).',
        409: 'The domain controller already has a sensor (`code`: `already-monitored`).',
      },
      faults: true,
    },
  ),
];
