/**
 * Expiry as the page edits it: a `datetime-local` value read as UTC ("2026-11-20T10:00"), and
 * back. Empty means no expiry.
 */
export function expiryToIso(local: string): string | null {
  if (!local) return null;
  const ms = Date.parse(local.length === 16 ? `${local}:00Z` : `${local}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function isoToExpiry(iso: string | null): string {
  return iso ? iso.slice(0, 16) : '';
}
