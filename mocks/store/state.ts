import type { AuditEntry } from '../../src/api/contracts/audit';
import type { FaultSettings } from '../../src/api/contracts/demo';
import type { Instance } from '../../src/api/contracts/me';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import type { Directory } from '../identity/directory';
import type { ClockState } from './clock';

/** What a user changed about a generated sensor. Generated data is never stored, only changes. */
export interface SensorChange {
  description?: string;
  delayedUpdate?: boolean;
  deleted?: boolean;
  revision?: number;
}

/** A versioned configuration resource (syslog settings, VPN, …) as stored. */
export interface StoredConfig {
  value: unknown;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface TenantState {
  instance: Instance | null;
  sensorChanges: Record<string, SensorChange>;
  config: Record<string, StoredConfig>;
  audit: AuditEntry[];
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
  return { instance: null, sensorChanges: {}, config: {}, audit: [] };
}
