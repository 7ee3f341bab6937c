import { describe, expect, it } from 'vitest';
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

  it('shows nested fields and lists in words: On/Off, "a, b", no value as null', () => {
    expect(
      diffSnapshots(
        { events: { newAlert: true }, to: ['a@x.com'], note: '' },
        { events: { newAlert: false }, to: ['a@x.com', 'b@x.com'], note: 'hi' },
      ),
    ).toEqual([
      { field: 'events.newAlert', before: 'On', after: 'Off' },
      { field: 'note', before: null, after: 'hi' },
      { field: 'to', before: 'a@x.com', after: 'a@x.com, b@x.com' },
    ]);
    // An empty list and an empty text are "no value", like a missing one.
    expect(diffSnapshots({ to: [], note: '' }, null)).toEqual([]);
  });

  it('keeps instants as dates for the client to format, and leaves internal ids out', () => {
    expect(
      diffSnapshots(
        { id: 'a1', createdAt: '2026-11-20T09:00:00.000Z' },
        { id: 'a2', createdAt: '2026-11-21T09:00:00.000Z' },
      ),
    ).toEqual([
      {
        field: 'createdAt',
        before: { date: '2026-11-20T09:00:00.000Z' },
        after: { date: '2026-11-21T09:00:00.000Z' },
      },
    ]);
  });

  it('never reveals a secret', () => {
    const changes = diffSnapshots({ sharedSecret: null }, { sharedSecret: 'hunter2' });
    expect(changes).toEqual([
      { field: 'sharedSecret', before: null, after: { secret: true, replacedAt: null } },
    ]);
    expect(JSON.stringify(flatten({ nested: { password: 'p@ss' } }))).not.toContain('p@ss');
    expect(JSON.stringify(flatten({ accessKey: 'k3y', refreshToken: 't0k' }))).not.toMatch(
      /k3y|t0k/,
    );
    // A report about cleartext passwords is not a secret.
    expect(flatten({ 'cleartext-passwords': { frequency: 'Daily' } })).toEqual({
      'cleartext-passwords.frequency': 'Daily',
    });
    // A write-only secret's replacement shows as a change, without the value.
    expect(
      diffSnapshots(
        { sharedSecret: { isSet: true, updatedAt: '2026-11-01T00:00:00.000Z' } },
        { sharedSecret: { isSet: true, updatedAt: '2026-11-20T00:00:00.000Z' } },
      ),
    ).toEqual([
      {
        field: 'sharedSecret',
        before: { secret: true, replacedAt: '2026-11-01T00:00:00.000Z' },
        after: { secret: true, replacedAt: '2026-11-20T00:00:00.000Z' },
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
