import type { AuditValue } from '../../src/api/contracts/audit';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Field names whose values never appear in an audit entry: `password`, `sharedSecret`,
 * `accessKey`, `refreshToken`… (whole camelCase names, so the "cleartext-passwords" report's
 * schedule is not taken for a secret).
 */
const secretKey = /^[a-z]*(password|secret|accesskey|token)$/i;

/** Internal identifiers: no page shows them, so the audit log doesn't either. */
const identifierKey = /^id$/;

/** Marks a redacted secret in a flattened snapshot (never the value; when it was replaced). */
const SECRET = '__auditSecret';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A secret as the audit log keeps it: never the value. A write-only secret's state
 * (`{ isSet, updatedAt }`) keeps when it was replaced, so a change is still visible.
 */
function redact(value: unknown): Json {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && 'isSet' in value) {
    const state = value as { isSet: boolean; updatedAt?: string | null };
    if (!state.isSet) return null;
    return { [SECRET]: state.updatedAt ?? null };
  }
  return { [SECRET]: null };
}

/** A flattened value as the audit log shows it: the words the pages use, dates as instants. */
export function auditValue(value: Json | undefined): AuditValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return isoInstant.test(value) ? { date: value } : value;
  if (Array.isArray(value)) {
    return value.length === 0 ? null : value.map((v) => (v === null ? '' : String(v))).join(', ');
  }
  if (SECRET in value) {
    const replacedAt = value[SECRET];
    return { secret: true, replacedAt: typeof replacedAt === 'string' ? replacedAt : null };
  }
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
      if (identifierKey.test(key)) continue;
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
 * The readable difference between two snapshots of a resource, with secrets redacted: each
 * changed field's path with its value before and after, as the audit log shows them. A secret
 * that changed shows only when it was replaced.
 */
export function diffSnapshots(before: unknown, after: unknown) {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes: { field: string; before: AuditValue; after: AuditValue }[] = [];
  for (const field of fields) {
    const left = auditValue(a[field]);
    const right = auditValue(b[field]);
    if (JSON.stringify(left) !== JSON.stringify(right))
      changes.push({ field, before: left, after: right });
  }
  return changes;
}
