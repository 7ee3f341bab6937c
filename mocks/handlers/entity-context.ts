import type { DefenderBadge } from '../../src/api/contracts/entities';
import type * as z from 'zod/mini';
import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import { defenderWorld } from '../world/defender';
import { COMPUTER, GROUP, indexOf, kindCode } from '../world/directory/codes';
import { primaryWorkstation } from '../world/directory/devices';
import { directoryWorld, type DirectoryWorld } from '../world/directory/directory-world';
import type { Caller } from './api-route';
import { readConfig } from './config-resource';
import { defenderSettings } from './defender-for-endpoint';
import { fieldErrors, parseRequest, problem } from './problem';

/** What every entity endpoint needs: the caller's directory world and the Defender badge rule. */
export interface EntityContext {
  world: DirectoryWorld;
  badge(code: number): DefenderBadge | null;
}

export function entityContext(caller: Caller): EntityContext {
  const { scenario } = store.state;
  const world = directoryWorld(scenario, caller.tenant, scenarioEpoch);
  const { stored } = readConfig(defenderSettings, caller);
  const on = stored.enabled && !stored.error;
  return {
    world,
    badge(code) {
      // Catalog §8.6: no badge when the integration is off; users show their primary device's.
      const kind = kindCode(code);
      if (!on || kind === GROUP) return null;
      const computer =
        kind === COMPUTER ? indexOf(code) : primaryWorkstation(world.layout, indexOf(code));
      const device = defenderWorld(scenario, caller.tenant, scenarioEpoch).device(computer);
      if (!device.mdeDeviceId) return { state: 'Unknown' };
      return {
        state: 'Known',
        mdeDeviceId: device.mdeDeviceId,
        url: `https://security.microsoft.com/machines/${device.mdeDeviceId}/overview`,
        openAlerts: device.openAlerts,
      };
    },
  };
}

export function entityNotFound() {
  return problem(404, 'No such entity', {
    code: 'entity-not-found',
    detail: 'The entity doesn’t exist in this tenant’s directory, or it has been removed.',
  });
}

/** Parses a request's query string with its contract; a 400 problem naming the fields otherwise. */
export function parseQuery<Schema extends z.ZodMiniType>(
  schema: Schema,
  request: Request,
): { data: z.infer<Schema> } | { refusal: Response } {
  const params = new URL(request.url).searchParams;
  const raw = Object.fromEntries([...params].filter(([, value]) => value !== ''));
  const parsed = parseRequest(schema, raw);
  if (parsed.success) return { data: parsed.data as z.infer<Schema> };
  return {
    refusal: problem(400, 'The query is not valid', {
      code: 'validation',
      errors: fieldErrors(parsed.error.issues),
    }),
  };
}
