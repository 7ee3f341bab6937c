import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../testing/read-workbook';
import { buildWorkbook, workbookFileName } from './workbook';

describe('workbooks', () => {
  it('writes every tab with its heading, header row and rows, and reads back the same', async () => {
    const blob = await buildWorkbook([
      {
        name: 'Summary',
        heading: ['Vigil', 'Account enumeration reconnaissance'],
        columns: ['Title', 'Severity'],
        rows: [['Account enumeration reconnaissance', 'Medium']],
      },
      { name: 'Source Computer', columns: ['Name', 'Count'], rows: [['CLIENT1', 3]] },
    ]);
    const book = await readWorkbook(blob);
    expect(Object.keys(book)).toEqual(['Summary', 'Source Computer']);
    expect(book.Summary?.[0]?.[0]).toBe('Vigil');
    expect(book.Summary?.[1]?.[0]).toBe('Account enumeration reconnaissance');
    expect(book.Summary?.at(-2)).toEqual(['Title', 'Severity']);
    expect(book.Summary?.at(-1)).toEqual(['Account enumeration reconnaissance', 'Medium']);
    expect(book['Source Computer']).toEqual([
      ['Name', 'Count'],
      ['CLIENT1', 3],
    ]);
  });

  it('keeps tab names legal and unique, and file names safe', async () => {
    const blob = await buildWorkbook([
      { name: 'A/B: a very long tab name that Excel would refuse', columns: ['x'], rows: [] },
      { name: 'A/B: a very long tab name that Excel would refuse', columns: ['x'], rows: [] },
    ]);
    const names = Object.keys(await readWorkbook(blob));
    expect(names).toHaveLength(2);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(workbookFileName('alert', 'Ron "Harper"/x', '2026-11-20')).toBe(
      'alert-Ron_Harper_x-2026-11-20.xlsx',
    );
  });
});
