import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('TESTING.md', 'utf8');

describe('TESTING.md', () => {
  it('shows e2e/example.spec.ts verbatim (the example runs in CI)', () => {
    const section = doc.slice(doc.indexOf('## A complete example'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(readFileSync('e2e/example.spec.ts', 'utf8'));
  });

  it('lists every page object the kit exports', () => {
    const dir = 'e2e/kit/pages';
    const classes = readdirSync(dir).flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/export (?:abstract )?class (\w+)/g)].map(
        (m) => m[1],
      ),
    );
    expect(classes.length).toBeGreaterThan(15);
    expect(classes.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });
});
