import type { DirectoryTenant } from '../identity/directory';
import { hash } from '../world/hash';
import type { MockState, TenantState } from './state';

/**
 * The access key of a tenant's instance: base64 of 64 bytes (88 characters ending in `==`),
 * derived from the tenant and the key's generation so tests are deterministic. Regenerating the
 * key moves to the next generation; the old key then matches no instance.
 */
export function accessKeyFor(tenantId: string, generation: number): string {
  const bytes: number[] = [];
  for (let word = 0; word < 16; word++) {
    const h = hash('access-key', tenantId, generation, word);
    bytes.push(h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
  }
  return btoa(String.fromCharCode(...bytes));
}

export function currentAccessKey(tenantId: string, tenantState: TenantState): string {
  return accessKeyFor(tenantId, tenantState.accessKeyGeneration ?? 0);
}

/** The tenant (with an instance) whose current access key this is, as a sensor's registration finds it. */
export function tenantByAccessKey(
  state: MockState,
  key: string,
): { tenant: DirectoryTenant; tenantState: TenantState } | null {
  for (const tenant of state.directory.tenants) {
    const tenantState = state.tenants[tenant.id];
    if (!tenantState?.instance) continue;
    if (currentAccessKey(tenant.id, tenantState) === key) return { tenant, tenantState };
  }
  return null;
}
