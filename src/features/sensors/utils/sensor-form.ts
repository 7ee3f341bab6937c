import * as z from 'zod/mini';
import { fqdnSchema } from '@/api/contracts/config';
import { sensorUpdateSchema, type Sensor, type SensorUpdate } from '@/api/contracts/sensors';

/** What the sensor form edits: every field of the PATCH contract. */
export type SensorFormValues = Required<SensorUpdate>;

export const standaloneNeedsDc = 'A standalone sensor needs at least one domain controller';

/** The form's schema, from the contract, plus the rules that depend on the sensor's type. */
export function sensorFormSchema(
  type: Sensor['type'],
): z.ZodMiniType<SensorFormValues, SensorFormValues> {
  return z.required(sensorUpdateSchema).check(
    z.superRefine((values, ctx) => {
      if (type === 'Standalone Sensor' && values.domainControllers.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['domainControllers'], message: standaloneNeedsDc });
      }
    }),
  );
}

export function toFormValues(sensor: Sensor): SensorFormValues {
  return {
    description: sensor.description,
    domainControllers: [...sensor.domainControllers],
    networkAdapters: sensor.networkAdapters.map((a) => ({ ...a })),
    delayedUpdate: sensor.delayedUpdate,
  };
}

/** Only standalone sensors send their domain controllers; others monitor their own. */
export function toSensorUpdate(values: SensorFormValues, type: Sensor['type']): SensorUpdate {
  const { domainControllers, ...rest } = values;
  return type === 'Standalone Sensor' ? { ...rest, domainControllers } : rest;
}

/**
 * Checks a domain controller typed into the list: an FQDN not listed yet. Returns the value to
 * add, or the message to show at the field.
 */
export function parseDomainController(
  input: string,
  existing: readonly string[],
): { fqdn: string } | { error: string } {
  const parsed = fqdnSchema.safeParse(input);
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? 'Enter a fully qualified domain name' };
  const fqdn = parsed.data.toLowerCase();
  if (existing.some((dc) => dc.toLowerCase() === fqdn))
    return { error: `${fqdn} is already listed` };
  return { fqdn };
}

/** Why a sensor can't be deleted yet, or null when it can (domain catalog §6.2). */
export function deleteBlockedReason(
  sensor: Pick<Sensor, 'name' | 'serviceStatus' | 'sensorStatus'>,
): string | null {
  const disconnected =
    sensor.serviceStatus === 'Stopped' ||
    sensor.serviceStatus === 'Unknown' ||
    sensor.sensorStatus === 'Disconnected' ||
    sensor.sensorStatus === 'Unreachable';
  if (disconnected) return null;
  return `${sensor.name} is still connected (service ${sensor.serviceStatus.toLowerCase()}, ${sensor.sensorStatus.toLowerCase()}). Only a disconnected sensor can be deleted: uninstall it from its server first.`;
}
