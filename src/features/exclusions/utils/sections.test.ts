import { describe, expect, it } from 'vitest';
import type { Exclusion } from '@/api/contracts/alerts';
import { excludableDetections } from '@/api/contracts/exclusions';
import { expiryToIso, isoToExpiry } from './expiry';
import { countCaption, isExpired, matchingSections, rowsBySection, sections } from './sections';

const entry = (id: string, over: Partial<Exclusion>): Exclusion => ({
  id,
  detectionId: '2031',
  kind: 'Domain',
  value: 'e5.sk',
  entity: null,
  addedAt: '2026-11-20T09:00:00.000Z',
  addedBy: 'Built-in',
  fromAlertId: null,
  ...over,
});

describe('exclusion sections', () => {
  it('has the global list first, then every excludable detection (none without kinds)', () => {
    expect(sections[0]?.title).toBe('Global exclusions');
    expect(sections).toHaveLength(1 + excludableDetections.length);
    expect(sections.some((s) => s.key === '2014')).toBe(false);
  });

  it('shows pending removals, expiry changes and additions in their lists, and counts them', () => {
    const items = [entry('a', {}), entry('b', { value: 'spotify.com' })];
    const rows = rowsBySection(items, {
      add: [
        { detectionId: null, kind: 'IP address', value: '10.0.0.0/8', note: null, expiresAt: null },
      ],
      remove: ['b'],
      expiry: [{ id: 'a', expiresAt: '2026-12-01T00:00:00.000Z' }],
    });
    const dns = rows.get('2031')!;
    expect(dns.map((r) => r.state === 'saved' && [r.removed, r.expiresAt])).toEqual([
      [false, '2026-12-01T00:00:00.000Z'],
      [true, null],
    ]);
    expect(countCaption(dns)).toBe('1 Domain');
    expect(countCaption(rows.get('global')!)).toBe('1 IP address');
    expect(countCaption([])).toBe('none');
  });

  it('finds lists by name, ID or excluded value', () => {
    const rows = rowsBySection(
      [entry('a', { detectionId: '2003', kind: 'Computer', value: 'CLIENT12' })],
      {
        add: [],
        remove: [],
        expiry: [],
      },
    );
    expect(matchingSections(sections, rows, 'client12').map((s) => s.key)).toEqual(['2003']);
    expect(matchingSections(sections, rows, '2031').map((s) => s.key)).toEqual(['2031']);
    expect(matchingSections(sections, rows, 'golden ticket').length).toBeGreaterThan(3);
  });

  it('reads expiry as UTC and marks it expired at the service’s time', () => {
    expect(expiryToIso('2026-11-20T10:00')).toBe('2026-11-20T10:00:00.000Z');
    expect(expiryToIso('')).toBeNull();
    expect(isoToExpiry('2026-11-20T10:00:00.000Z')).toBe('2026-11-20T10:00');
    expect(isExpired('2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z')).toBe(true);
    expect(isExpired(null, '2030-01-01T00:00:00.000Z')).toBe(false);
  });
});
