import { describe, expect, it } from 'vitest';
import { countCaption, entityTagsToInput, pastedLines, withAdded } from './entity-tag-form';

const entry = (id: string) => ({ id, kind: 'User' as const, name: id, domain: 'contoso.com' });

describe('entity tag form helpers', () => {
  it('counts like the product ("1 account", "2 accounts")', () => {
    expect(countCaption(1, 'account')).toBe('1 account');
    expect(countCaption(0, 'group')).toBe('0 groups');
    expect(countCaption(1200, 'server')).toBe('1,200 servers');
  });

  it('adds each entity once, keeping the order', () => {
    expect(withAdded([entry('a')], [entry('b'), entry('a'), entry('b')]).map((e) => e.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('splits pasted text into trimmed, distinct, non-empty lines', () => {
    expect(pastedLines(' Ron Harper \r\n\nron harper\n  \nDC01\n')).toEqual(['Ron Harper', 'DC01']);
  });

  it('sends ids only', () => {
    expect(
      entityTagsToInput({
        honeytokens: [entry('u1')],
        sensitiveAccounts: [],
        sensitiveGroups: [entry('g1')],
        exchangeServers: [],
      }),
    ).toEqual({
      honeytokens: ['u1'],
      sensitiveAccounts: [],
      sensitiveGroups: ['g1'],
      exchangeServers: [],
    });
  });
});
