import { REDACTED } from '../../src/api/contracts/audit';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Field names whose values never appear in an audit entry. */
const secretKey = /(password|secret|accesskey|token)/i;

/**
 * A secret as the audit log shows it: never the value. A write-only secret's state
 * (`{ isSet, updatedAt }`) shows when it was replaced, so a change is still visible.
 */
function redact(value: unknown): Json {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && 'isSet' in value) {
    const state = value as { isSet: boolean; updatedAt?: string | null };
    if (!state.isSet) return null;
    return state.updatedAt ? `${REDACTED}, replaced ${state.updatedAt}` : REDACTED;
  }
  return REDACTED;
}

function render(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Flattens an object into dotted paths; arrays of scalars stay whole (shown as a list). */
export function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, Json> = {},
): Record<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (secretKey.test(key)) {
        out[path] = redact(child);
      } else {
        flatten(child, path, out);
      }
    }
    return out;
  }
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((item, i) => flatten(item, `${prefix}[${i}]`, out));
    return out;
  }
  out[prefix || 'value'] = (value === undefined ? null : value) as Json;
  return out;
}

/**
 * The readable difference between two snapshots of a resource, with secrets redacted. A secret
 * that changed shows as "changed" without either value.
 */
export function diffSnapshots(before: unknown, after: unknown) {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes: { field: string; before: string | null; after: string | null }[] = [];
  for (const field of fields) {
    const left = render(a[field]);
    const right = render(b[field]);
    if (left !== right) changes.push({ field, before: left, after: right });
  }
  return changes;
}
