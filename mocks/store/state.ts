import type { AuditEntry } from '../../src/api/contracts/audit';
import type { FaultSettings } from '../../src/api/contracts/demo';
import type { Instance } from '../../src/api/contracts/me';
import type { OutboxMessage } from '../../src/api/contracts/outbox';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import type { Directory } from '../identity/directory';
import type { ClockState } from './clock';

/** What a user changed about a generated sensor. Generated data is never stored, only changes. */
export interface SensorChange {
  description?: string;
  domainControllers?: string[];
  networkAdapters?: { name: string; selected: boolean }[];
  delayedUpdate?: boolean;
  deleted?: boolean;
  revision?: number;
  /** When an Administrator last saved the sensor's configuration (ISO). */
  configuredAt?: string;
  /** Who saved it (display name and directory object id). */
  configuredBy?: string;
  configuredById?: string;
}

/** A status change an Administrator made to a health issue (Close, Suppress, Reopen). */
export interface HealthChange {
  status: 'Open' | 'Closed' | 'Suppressed';
  reason: string | null;
  /** Simulated time of the change (ms). */
  at: number;
  by: string;
}

/** Demo: a sensor made to stop communicating from `startedAt` until `endedAt` (ms). */
export interface SensorOutage {
  id: string;
  sensorId: string;
  startedAt: number;
  endedAt: number | null;
}

/** A sensor that registered itself with the access key after the scenario started. */
export interface InstalledSensor {
  id: string;
  machineName: string;
  domainControllerFqdn: string;
  domain: string;
  version: string;
  /** Simulated time of the registration (ms); its status follows from how long ago that was. */
  installedAt: number;
}

/** A versioned configuration resource (syslog settings, VPN, …) as stored. */
export interface StoredConfig {
  value: unknown;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Directory object id of `updatedBy` (absent in states saved before it existed). */
  updatedById?: string | null;
}

/** A message the service sent, as kept: scheduled reports also keep their data window (ms). */
export interface StoredOutboxMessage extends OutboxMessage {
  window?: { from: number; to: number };
}

/** What the service sent, and the simulated time up to which events were dispatched. */
export interface OutboxState {
  /** Events at or before this instant (ms) have been dispatched. */
  watermark: number;
  /** Newest last, at most `outboxCap`. */
  messages: StoredOutboxMessage[];
}

/** A status change someone made to an alert, kept in its history (who, when, from → to). */
export interface StoredAlertHistory {
  /** Simulated time (ms). */
  at: number;
  by: string;
  action: 'Closed' | 'Suppressed' | 'Reopened' | 'Closed and excluded';
  from: 'Open' | 'Closed' | 'Suppressed';
  to: 'Open' | 'Closed' | 'Suppressed';
  note: string | null;
}

/** What users changed about a generated alert: its status (with history) or its deletion. */
export interface AlertChange {
  status?: 'Open' | 'Closed' | 'Suppressed';
  statusChangedAt?: number;
  history: StoredAlertHistory[];
  deleted?: { at: number; by: string };
}

/** "Delete all alerts of this type": every alert of the detection started up to `through` (ms). */
export interface AlertTypeDelete {
  through: number;
  at: number;
  by: string;
}

/**
 * An entry of an exclusion list (Close and exclude, or the exclusions page). It applies to alerts
 * that start in (addedAt, min(expiresAt, removedAt)); removed entries stay as tombstones so the
 * alerts they kept from being raised stay unraised.
 */
export interface StoredExclusion {
  id: string;
  /** The detection whose list holds it; null: the global list (every detection using the kind). */
  detectionId: string | null;
  kind: 'Computer' | 'User' | 'IP address' | 'Domain';
  value: string;
  /** The directory entity's id, when the target is a user or computer. */
  entityId: string | null;
  /** Simulated time (ms): alerts of the detection on the entity that start later are not raised. */
  addedAt: number;
  addedBy: string;
  fromAlertId: string | null;
  note?: string | null;
  /** Simulated time (ms) after which it stops applying; null or absent: never. */
  expiresAt?: number | null;
  /** Simulated time (ms) it was removed from its list. */
  removedAt?: number;
  removedBy?: string;
  builtIn?: boolean;
}

/** Who last saved the exclusions page (for the 412's "who saved"). */
export interface ExclusionsMeta {
  /** The built-in default entries have been copied into `exclusions`. */
  seeded: boolean;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  updatedById: string | null;
}

/**
 * An alert raised by a Demo menu simulation (Simulate honeytoken sign-in); the alerts world merges
 * these into the generated alerts by time (mocks/world/alerts/simulated.ts).
 */
export interface SimulatedAlert {
  detectionId: string;
  /** Simulated time (ms) the activity happened. */
  at: number;
  userId: string;
  computerId: string;
}

export interface TenantState {
  instance: Instance | null;
  sensorChanges: Record<string, SensorChange>;
  /** Health issue id → the latest status change (absent in states saved before it existed). */
  healthChanges?: Record<string, HealthChange>;
  /** Simulated sensor outages, oldest first. */
  outages?: SensorOutage[];
  /** Access key generation: regenerating the key adds one (the key derives from it). */
  accessKeyGeneration?: number;
  /** When the current access key was made (ISO); absent: when the instance was created. */
  accessKeyGeneratedAt?: string;
  /** Sensors installed (simulated) with the access key, oldest first. */
  installedSensors?: InstalledSensor[];
  config: Record<string, StoredConfig>;
  audit: AuditEntry[];
  /** Demo: what the service sent (absent until the first dispatch). */
  outbox?: OutboxState;
  /** Alert id → what users changed (absent in states saved before alerts existed). */
  alertChanges?: Record<string, AlertChange>;
  /** Detection id → the "delete all of this type" watermark. */
  alertTypeDeletes?: Record<string, AlertTypeDelete>;
  /** Exclusion entries (Close and exclude, the exclusions page), oldest first. */
  exclusions?: StoredExclusion[];
  exclusionsMeta?: ExclusionsMeta;
  /** Alerts raised by the Demo menu's simulations, oldest first (mocks/world/alerts/simulated.ts). */
  simulatedAlerts?: SimulatedAlert[];
}

export interface MockState {
  schemaVersion: 1;
  scenario: ScenarioName;
  clock: ClockState;
  faults: FaultSettings;
  directory: Directory;
  tenants: Record<string, TenantState>;
}

export function emptyTenantState(): TenantState {
  return {
    instance: null,
    sensorChanges: {},
    healthChanges: {},
    outages: [],
    accessKeyGeneration: 0,
    installedSensors: [],
    config: {},
    audit: [],
    alertChanges: {},
    alertTypeDeletes: {},
    exclusions: [],
  };
}
