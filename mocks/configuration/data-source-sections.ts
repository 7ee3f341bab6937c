import {
  delayedUpdatesSectionSchema,
  defenderSectionSchema,
  directoryServicesSectionSchema,
  vpnSectionSchema,
} from '../../src/api/contracts/configuration-transfer';
import {
  directoryAccountLabel,
  MAX_DIRECTORY_ACCOUNTS,
} from '../../src/api/contracts/directory-services';
import { paths } from '../../src/config/paths';
import { readConfig } from '../handlers/config-resource';
import { defenderSettings, isDefenderAdmin } from '../handlers/defender-for-endpoint';
import type { RouteContext } from '../handlers/api-route';
import { vpnSettings } from '../handlers/vpn';
import { directoryAccountsEntry, type StoredDirectoryAccount } from '../store/directory-accounts';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { stableId } from '../world/hash';
import { defineSection, refuse } from './section';
import { writeConfig } from './write-config';

const c = paths.configuration;
const lower = (s: string) => s.toLowerCase();

/** Directory services: accounts by DOMAIN\name; passwords stay where they are and are never carried. */
export const directoryServicesSection = defineSection({
  key: 'directoryServices',
  page: 'Directory services',
  href: c.directoryServices,
  schema: directoryServicesSectionSchema,
  export: ({ caller }) => ({
    accounts: directoryAccountsEntry(caller.tenantState).value.accounts.map(
      ({ kind, accountName, domain }) => ({ kind, accountName, domain }),
    ),
  }),
  plan: (ctx, value) => {
    if (value.accounts.length > MAX_DIRECTORY_ACCOUNTS) {
      return refuse('accounts', `An instance holds at most ${MAX_DIRECTORY_ACCOUNTS} accounts`);
    }
    const seen = new Set<string>();
    for (const [i, account] of value.accounts.entries()) {
      const label = lower(directoryAccountLabel(account));
      if (seen.has(label)) {
        return refuse(
          `accounts.${i}.accountName`,
          `${directoryAccountLabel(account)} is listed twice`,
        );
      }
      seen.add(label);
    }
    const entry = directoryAccountsEntry(ctx.caller.tenantState);
    const current = entry.value.accounts;
    const at = new Date(ctx.now).toISOString();
    const next: StoredDirectoryAccount[] = value.accounts.map((a) => {
      const domain = lower(a.domain);
      const kept = current.find(
        (x) => lower(directoryAccountLabel(x)) === lower(directoryAccountLabel({ ...a, domain })),
      );
      const keepPassword = kept && a.kind === 'Standard account' ? kept : undefined;
      return {
        id: kept?.id ?? stableId('dsa', ctx.caller.tenant.id, domain, a.accountName, at, 'import'),
        kind: a.kind,
        accountName: a.accountName,
        domain,
        password: keepPassword?.password ?? null,
        passwordUpdatedAt: keepPassword?.passwordUpdatedAt ?? null,
      };
    });
    const snapshot = (accounts: StoredDirectoryAccount[]) =>
      Object.fromEntries(accounts.map((a) => [`Account ${directoryAccountLabel(a)}`, a.kind]));
    const removed = current.filter((a) => !next.some((n) => n.id === a.id));
    const warnings = removed
      .map(
        (a) =>
          `${directoryAccountLabel(a)} is not in the file: importing removes it${a.password ? ', with its password' : ''}.`,
      )
      .concat(
        next
          .filter((a) => a.kind === 'Standard account' && a.password === null)
          .map(
            (a) =>
              `${directoryAccountLabel(a)} has no password here: enter it on the Directory services page (passwords are never exported).`,
          ),
      );
    return {
      resources: [
        { target: 'Directory service accounts', before: snapshot(current), after: snapshot(next) },
      ],
      warnings,
      apply: () => writeConfig(entry, { accounts: next }, ctx),
    };
  },
});

/** VPN: RADIUS accounting on or off. The shared secret is never carried; on needs one set here. */
export const vpnSection = defineSection({
  key: 'vpn',
  page: 'VPN',
  href: c.vpn,
  schema: vpnSectionSchema,
  export: ({ caller }) => ({
    radiusAccounting: readConfig(vpnSettings, caller).stored.radiusEnabled,
  }),
  plan: (ctx, value) => {
    const { stored, config } = readConfig(vpnSettings, ctx.caller);
    const canTurnOn = stored.sharedSecret !== null;
    const radiusEnabled = value.radiusAccounting && canTurnOn;
    const warnings =
      value.radiusAccounting && !canTurnOn
        ? [
            'RADIUS accounting stays off: this instance has no shared secret yet. Enter it on the VPN page, then turn RADIUS accounting on.',
          ]
        : [];
    return {
      resources: [
        {
          target: 'VPN',
          before: { radiusAccounting: stored.radiusEnabled },
          after: { radiusAccounting: radiusEnabled },
        },
      ],
      warnings,
      apply: () => writeConfig(config, { ...stored, radiusEnabled }, ctx),
    };
  },
});

/** Microsoft Defender for Endpoint: only Global or Security Administrators may switch it. */
export const defenderSection = defineSection({
  key: 'defenderForEndpoint',
  page: 'Microsoft Defender for Endpoint',
  href: c.defenderForEndpoint,
  schema: defenderSectionSchema,
  export: ({ caller }) => ({ enabled: readConfig(defenderSettings, caller).stored.enabled }),
  plan: (ctx, value) => {
    const { stored, config } = readConfig(defenderSettings, ctx.caller);
    if (value.enabled !== stored.enabled && !isDefenderAdmin(ctx.caller)) {
      return refuse(
        'enabled',
        'Only Global or Security Administrators of the directory can turn the integration on or off',
      );
    }
    const routeCtx = ctx as unknown as RouteContext<typeof value>;
    return {
      resources: [
        {
          target: 'Microsoft Defender for Endpoint',
          before: { enabled: stored.enabled },
          after: { enabled: value.enabled },
        },
      ],
      warnings: [],
      apply: () => {
        const next = defenderSettings.apply(stored, value, routeCtx);
        if (!(next instanceof Response)) writeConfig(config, next, ctx);
      },
    };
  },
});

/** Delayed update per sensor, by sensor name (the Sensors page). */
export const delayedUpdatesSection = defineSection({
  key: 'delayedUpdates',
  page: 'Sensors',
  href: c.sensors,
  schema: delayedUpdatesSectionSchema,
  export: ({ caller, now }) => ({
    sensors: tenantSensors(store.state, caller.tenant, caller.tenantState, now)
      .filter((s) => s.delayedUpdate)
      .map((s) => s.name),
  }),
  plan: (ctx, value) => {
    const { caller, now } = ctx;
    const sensors = tenantSensors(store.state, caller.tenant, caller.tenantState, now);
    const wanted = new Set(value.sensors.map(lower));
    const known = new Set(sensors.map((s) => lower(s.name)));
    const missing = value.sensors.filter((n) => !known.has(lower(n)));
    const changing = sensors.filter((s) => wanted.has(lower(s.name)) !== s.delayedUpdate);
    const snapshot = (on: (s: (typeof sensors)[number]) => boolean) =>
      Object.fromEntries(changing.map((s) => [`Sensor ${s.name}`, { delayedUpdate: on(s) }]));
    return {
      resources:
        changing.length === 0
          ? []
          : [
              {
                target: `Delayed update of ${changing.length} ${changing.length === 1 ? 'sensor' : 'sensors'}`,
                before: snapshot((s) => s.delayedUpdate),
                after: snapshot((s) => !s.delayedUpdate),
              },
            ],
      warnings: missing.map(
        (n) => `No sensor named ${n} here yet: set its delayed update once it is installed.`,
      ),
      apply: () => {
        for (const s of changing) {
          const change = (caller.tenantState.sensorChanges[s.id] ??= {});
          change.delayedUpdate = !s.delayedUpdate;
          change.revision = (change.revision ?? 0) + 1;
        }
      },
    };
  },
});
