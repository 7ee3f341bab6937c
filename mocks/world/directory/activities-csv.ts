import type { Activity } from '../../../src/api/contracts/entities';

/** "Download activities" keeps at most this many lines (catalog §12). */
export const EXPORT_LINE_CAP = 300_000;

export const csvHeader = [
  'Time (UTC)',
  'Activity type',
  'Activity group',
  'Description',
  'Occurrences',
  'Protocol',
  'Source IP',
  'Result',
];

/**
 * One CSV cell: quoted, quotes doubled, and a leading = + - @ tab or CR neutralised with an
 * apostrophe, so a hostile entity name can't become a spreadsheet formula.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function activitiesCsv(lines: Activity[]): string {
  const rows = [csvHeader.map(csvCell).join(',')];
  for (const a of lines) {
    const description = a.sentence.map((p) => ('text' in p ? p.text : p.entity.name)).join('');
    rows.push(
      [a.at, a.type, a.group, description, a.occurrences, a.protocol, a.sourceIp, a.result]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
