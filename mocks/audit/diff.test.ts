import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/api/contracts/audit';
import { diffSnapshots, flatten } from './diff';

describe('audit diff', () => {
  it('lists changed fields with before and after', () => {
    expect(
      diffSnapshots(
        { port: 514, transport: 'UDP', on: false },
        { port: 6514, transport: 'TLS', on: false },
      ),
    ).toEqual([
      { field: 'port', before: '514', after: '6514' },
      { field: 'transport', before: 'UDP', after: 'TLS' },
    ]);
  });

  it('shows nested fields and lists', () => {
    expect(
      diffSnapshots(
        { events: { newAlert: true }, to: ['a@x.com'] },
        { events: { newAlert: false }, to: ['a@x.com', 'b@x.com'] },
      ),
    ).toEqual([
      { field: 'events.newAlert', before: 'true', after: 'false' },
      { field: 'to', before: '["a@x.com"]', after: '["a@x.com","b@x.com"]' },
    ]);
  });

  it('never reveals a secret', () => {
    const changes = diffSnapshots({ sharedSecret: null }, { sharedSecret: 'hunter2' });
    expect(changes).toEqual([{ field: 'sharedSecret', before: null, after: REDACTED }]);
    expect(JSON.stringify(flatten({ nested: { password: 'p@ss' } }))).not.toContain('p@ss');
    // A write-only secret's replacement shows as a change, without the value.
    expect(
      diffSnapshots(
        { sharedSecret: { isSet: true, updatedAt: '2026-11-01T00:00:00.000Z' } },
        { sharedSecret: { isSet: true, updatedAt: '2026-11-20T00:00:00.000Z' } },
      ),
    ).toEqual([
      {
        field: 'sharedSecret',
        before: `${REDACTED}, replaced 2026-11-01T00:00:00.000Z`,
        after: `${REDACTED}, replaced 2026-11-20T00:00:00.000Z`,
      },
    ]);
  });

  it('reports added and removed objects', () => {
    expect(diffSnapshots(null, { name: 'svc' })).toEqual([
      { field: 'name', before: null, after: 'svc' },
    ]);
    expect(diffSnapshots({ name: 'svc' }, null)).toEqual([
      { field: 'name', before: 'svc', after: null },
    ]);
  });
});
