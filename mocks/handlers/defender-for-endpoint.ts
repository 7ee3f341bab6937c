import { HttpResponse } from 'msw';
import {
  defenderDirectoryRoles,
  defenderResource,
  defenderSettingsInputSchema,
  defenderSettingsResponseSchema,
  defenderStatusSchema,
  type DefenderSettings,
  type DefenderStatus,
} from '../../src/api/contracts/defender';
import { endpoints } from '../../src/api/endpoints';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { scenarioEpoch } from '../store/clock';
import type { StoredConfig, TenantState } from '../store/state';
import { store } from '../store/store';
import { defenderWorld } from '../world/defender';
import { apiRoute, type Caller } from './api-route';
import { defineConfigResource, readConfig } from './config-resource';
import { problem } from './problem';

/** The integration as the service keeps it; `error` is set when the connection is broken. */
export interface StoredDefender {
  enabled: boolean;
  connectedAt: string | null;
  error: { reason: string; since: string } | null;
}

const DAY_MS = 86_400_000;

/** Defender for Endpoint's side of the integration is off: the reason the mock reports by default. */
export const defaultDefenderError =
  'Defender for Endpoint refused the connection: the integration is turned off on its side. Turn it on in the Microsoft Defender portal under Settings → Endpoints → Advanced features.';

/** How each scenario starts: on in active-attack, on but failing in degraded-sensors, off otherwise. */
export function defenderDefaults(scenario: ScenarioName): StoredDefender {
  const connectedAt = new Date(scenarioEpoch - 45 * DAY_MS).toISOString();
  if (scenario === 'active-attack') return { enabled: true, connectedAt, error: null };
  if (scenario === 'degraded-sensors') {
    const since = new Date(scenarioEpoch - 3 * 3_600_000).toISOString();
    return { enabled: true, connectedAt, error: { reason: defaultDefenderError, since } };
  }
  return { enabled: false, connectedAt: null, error: null };
}

export const isDefenderAdmin = (caller: Caller) =>
  caller.user.directoryRoles.some((r) => (defenderDirectoryRoles as readonly string[]).includes(r));

/**
 * Configuration → Data sources → Microsoft Defender for Endpoint (catalog §6.6). Changing it needs
 * the data-sources permission *and* the Global or Security Administrator directory role (2.51):
 * members of the Administrators role group alone are refused.
 */
export const defenderSettings = defineConfigResource<
  DefenderSettings,
  StoredDefender,
  DefenderSettings
>({
  name: defenderResource,
  page: 'Microsoft Defender for Endpoint',
  updatePermission: 'config.dataSources',
  authorize: (caller) =>
    isDefenderAdmin(caller)
      ? undefined
      : problem(403, 'Only Global or Security Administrators can change this', {
          code: 'directory-role-required',
          detail: `Only Global Administrators and Security Administrators of ${caller.tenant.name} can turn the Microsoft Defender for Endpoint integration on or off. Membership of the Administrators role group isn’t enough.`,
        }),
  input: defenderSettingsInputSchema,
  response: defenderSettingsResponseSchema,
  errors: {
    403: 'Only Global and Security Administrators of the directory may turn the integration on or off; the Administrators role group isn’t enough (`code`: `directory-role-required`).',
  },
  defaults: () => defenderDefaults(store.state.scenario),
  // Turning it on (again) connects afresh, which clears an earlier error; turning it off disconnects.
  apply: (current, input, { now }) => {
    if (input.enabled === current.enabled) return current;
    return input.enabled
      ? { enabled: true, connectedAt: new Date(now).toISOString(), error: null }
      : { enabled: false, connectedAt: null, error: null };
  },
  view: (stored) => ({ enabled: stored.enabled }),
});

/** The stored integration of a tenant (created from the scenario's defaults on first use). */
export function defenderConfigOf(
  tenantState: TenantState,
): StoredConfig & { value: StoredDefender } {
  const config = (tenantState.config[defenderResource] ??= {
    value: defenderDefaults(store.state.scenario),
    revision: 0,
    updatedAt: null,
    updatedBy: null,
  });
  return config as StoredConfig & { value: StoredDefender };
}

async function statusOf(caller: Caller): Promise<DefenderStatus> {
  const { stored } = readConfig(defenderSettings, caller);
  if (!stored.enabled) return { state: 'Off' };
  if (stored.error)
    return { state: 'Error', since: stored.error.since, reason: stored.error.reason };
  const summary = await defenderWorld(store.state.scenario, caller.tenant, scenarioEpoch).summary();
  return {
    state: 'Connected',
    since: stored.connectedAt ?? new Date(scenarioEpoch).toISOString(),
    ...summary,
  };
}

export const defenderHandlers = [
  ...defenderSettings.handlers,
  apiRoute(
    'get',
    endpoints.defenderStatus,
    {
      summary: 'The state of the Microsoft Defender for Endpoint integration and its device counts',
      response: defenderStatusSchema,
    },
    async ({ caller }) => HttpResponse.json(await statusOf(caller)),
  ),
];
