import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/api/contracts/entities';
import { activitiesCsv, csvCell } from './activities-csv';

const line = (name: string): Activity => ({
  id: 'u1-x-1',
  at: '2026-11-19T10:00:00.000Z',
  type: 'Interactive Logon',
  group: 'Logon operations',
  sentence: [
    { text: 'Logged on to ' },
    { entity: { id: 'c1-x', kind: 'Computer', name, domain: 'contoso.com', tags: [] } },
  ],
  occurrences: 2,
  protocol: 'Kerberos',
  sourceIp: '10.1.0.1',
  result: null,
});

describe('activities CSV', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(3)).toBe('"3"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const hostile of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx'])
      expect(csvCell(hostile)).toMatch(/^"'/);
  });

  it('has a header row and one CRLF-ended row per line, names as text', () => {
    const csv = activitiesCsv([line('CLIENT1'), line('<img src=x onerror=alert(1)>')]);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^"Time \(UTC\)","Activity type"/);
    expect(rows[1]).toBe(
      '"2026-11-19T10:00:00.000Z","Interactive Logon","Logon operations","Logged on to CLIENT1","2","Kerberos","10.1.0.1",""',
    );
    expect(rows[2]).toContain('"Logged on to <img src=x onerror=alert(1)>"');
    expect(rows[3]).toBe('');
  });
});
