import { describe, expect, it } from 'vitest';
import { rangeFromParams, rangeUpdate } from './report-ranges';

const fallback = { from: '2026-11-14', to: '2026-11-20' };

describe('report ranges in the URL', () => {
  it('reads a report’s own range, else the default', () => {
    const params = new URLSearchParams('summary.from=2026-11-01&cleartext-passwords.to=2026-11-19');
    expect(rangeFromParams(params, 'summary', fallback)).toEqual({
      from: '2026-11-01',
      to: '2026-11-20',
    });
    expect(rangeFromParams(params, 'cleartext-passwords', fallback)).toEqual({
      from: '2026-11-14',
      to: '2026-11-19',
    });
    expect(rangeFromParams(params, 'sensitive-groups', fallback)).toEqual(fallback);
  });

  it('writes only what differs from the default', () => {
    expect(rangeUpdate('summary', { from: '2026-11-10', to: '2026-11-20' }, fallback)).toEqual({
      'summary.from': '2026-11-10',
      'summary.to': null,
    });
  });
});
