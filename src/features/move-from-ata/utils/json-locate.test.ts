import { describe, expect, it } from 'vitest';
import { parseJsonWithLines } from './json-locate';

const text = `{
  "format": "vigil-configuration",
  "sections": {
    "syslog": {
      "port": 70000,
      "events": [true, { "x": null }]
    }
  }
}`;

describe('parseJsonWithLines', () => {
  it('parses like JSON.parse and knows the line of every path', () => {
    const parsed = parseJsonWithLines(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.lineOf('format')).toBe(2);
    expect(parsed.lineOf('sections.syslog.port')).toBe(5);
    expect(parsed.lineOf('sections.syslog.events.1.x')).toBe(6);
    // A path the file doesn't hold (a missing field) points at its nearest parent.
    expect(parsed.lineOf('sections.syslog.server')).toBe(4);
    expect(parsed.lineOf('schemaVersion')).toBe(1);
  });

  it('says where a syntax error is', () => {
    expect(parseJsonWithLines('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}')).toEqual({
      ok: false,
      error: { line: 4, column: 3, message: 'Expected "," or "}" after a property value' },
    });
    const trailing = parseJsonWithLines('{\n  "a": [1, 2,]\n}');
    expect(trailing.ok === false && trailing.error.line).toBe(2);
    const empty = parseJsonWithLines('');
    expect(empty.ok === false && empty.error.line).toBe(1);
    expect(parseJsonWithLines('{"a": "x\\u0041"}')).toMatchObject({ ok: true, value: { a: 'xA' } });
    expect(parseJsonWithLines('[1] 2')).toMatchObject({ ok: false });
  });
});
