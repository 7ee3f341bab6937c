/**
 * CSV as the exclusions page reads and writes it (RFC 4180: commas, double quotes, CRLF or LF).
 * Pure functions: the page exports with `toCsv`, the mock backend reads pasted text and uploaded
 * files with `parseCsvLines`.
 */

/** One line's cells, with the line's 1-based number in the text. */
export interface CsvLine {
  line: number;
  cells: string[];
}

/** Splits text into lines of cells; blank lines are left out (their numbers still count). */
export function parseCsvLines(text: string): CsvLine[] {
  const out: CsvLine[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endLine = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endLine();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  endLine();
  return out;
}

const needsQuotes = /[",\r\n]/;

/** A CSV cell; text that a spreadsheet would run as a formula is prefixed with a quote mark. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | null)[])[]) {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
