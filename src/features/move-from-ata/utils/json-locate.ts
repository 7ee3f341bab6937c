/** Where a JSON text is wrong: 1-based line and column, and what was expected. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type LocatedJson =
  | { ok: true; value: unknown; lineOf: (path: string) => number | undefined }
  | { ok: false; error: JsonSyntaxError };

class Failure extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses a JSON text and remembers the line each value starts on, by its dotted path
 * ("sections.syslog.port", array items by index), so an error the service names by path can be
 * shown with its line. A syntax error comes back with its line and column (JSON.parse's message
 * differs between browsers and may not say where).
 */
export function parseJsonWithLines(text: string): LocatedJson {
  const lines = new Map<string, number>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let pos = 0;
  const space = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[pos] !== char) throw new Failure(pos, `Expected ${what}`);
    pos++;
  };
  const string = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\n') break;
      pos += text[pos] === '\\' ? 2 : 1;
    }
    if (text[pos] !== '"') throw new Failure(start, 'Unterminated text: a " is missing');
    pos++;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      throw new Failure(start, 'Invalid escape in text');
    }
  };
  const value = (path: string): unknown => {
    space();
    lines.set(path, lineAt(pos));
    const char = text[pos];
    if (char === '{') {
      pos++;
      const out: Record<string, unknown> = {};
      space();
      if (text[pos] === '}') return (pos++, out);
      for (;;) {
        space();
        if (text[pos] !== '"') throw new Failure(pos, 'Expected a property name in double quotes');
        const key = string();
        expect(':', '":" after the property name');
        out[key] = value(path ? `${path}.${key}` : key);
        space();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') return (pos++, out);
        throw new Failure(pos, 'Expected "," or "}" after a property value');
      }
    }
    if (char === '[') {
      pos++;
      const out: unknown[] = [];
      space();
      if (text[pos] === ']') return (pos++, out);
      for (;;) {
        out.push(value(path ? `${path}.${out.length}` : String(out.length)));
        space();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') return (pos++, out);
        throw new Failure(pos, 'Expected "," or "]" after an item');
      }
    }
    if (char === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(
      text.slice(pos, pos + 64),
    );
    if (!literal)
      throw new Failure(
        pos,
        'Expected a value (text in double quotes, a number, true, false, null, an object or a list)',
      );
    pos += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  try {
    const parsed = value('');
    space();
    if (pos < text.length) throw new Failure(pos, 'Unexpected text after the end of the document');
    return {
      ok: true,
      value: parsed,
      lineOf: (path) => {
        for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
          const line = lines.get(p);
          if (line !== undefined || p === '') return line;
        }
      },
    };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    const line = lineAt(Math.min(error.at, text.length));
    return {
      ok: false,
      error: { line, column: error.at - lineStarts[line - 1]! + 1, message: error.message },
    };
  }
}
