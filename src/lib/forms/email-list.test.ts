import { describe, expect, it } from 'vitest';
import { describeAddOutcome, fitToLimit, parseAddresses } from './email-list';

describe('parseAddresses', () => {
  it('adds one valid address', () => {
    expect(parseAddresses(' soc@contoso.com ', [])).toEqual({
      added: ['soc@contoso.com'],
      invalid: [],
      duplicates: [],
    });
  });

  it('splits a pasted list on commas, semicolons, spaces and new lines', () => {
    const parsed = parseAddresses(
      'a@contoso.com, b@contoso.com;c@contoso.com\nd@contoso.com e@contoso.com',
      [],
    );
    expect(parsed.added).toEqual([
      'a@contoso.com',
      'b@contoso.com',
      'c@contoso.com',
      'd@contoso.com',
      'e@contoso.com',
    ]);
  });

  it('reports invalid entries as typed and keeps the valid ones', () => {
    expect(parseAddresses('a@contoso.com, not-an-address, b@', [])).toEqual({
      added: ['a@contoso.com'],
      invalid: ['not-an-address', 'b@'],
      duplicates: [],
    });
  });

  it('drops duplicates case-insensitively, against the list and within the input', () => {
    expect(
      parseAddresses('SOC@contoso.com, x@contoso.com, X@Contoso.com', ['soc@contoso.com']),
    ).toEqual({
      added: ['x@contoso.com'],
      invalid: [],
      duplicates: ['SOC@contoso.com', 'X@Contoso.com'],
    });
  });

  it('accepts "<address>" as copied from a mail client', () => {
    expect(parseAddresses('<soc@contoso.com>', []).added).toEqual(['soc@contoso.com']);
  });
});

describe('fitToLimit', () => {
  const parsed = {
    added: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'],
    invalid: [],
    duplicates: [],
  };

  it('keeps everything without a limit', () => {
    expect(fitToLimit(parsed, 10).overflow).toEqual([]);
  });

  it('takes what fits and reports the rest as overflow', () => {
    expect(fitToLimit(parsed, 48, 50)).toMatchObject({
      added: ['a@contoso.com', 'b@contoso.com'],
      overflow: ['c@contoso.com'],
    });
    expect(fitToLimit(parsed, 50, 50)).toMatchObject({ added: [], overflow: parsed.added });
  });
});

describe('describeAddOutcome', () => {
  const none = { added: [], invalid: [], duplicates: [], overflow: [] };

  it('says nothing when nothing happened', () => {
    expect(describeAddOutcome(none)).toBeNull();
  });

  it('names one bad address, and several', () => {
    expect(describeAddOutcome({ ...none, invalid: ['nope'] })).toEqual({
      text: '“nope” isn’t a valid email address.',
      state: 'error',
    });
    expect(describeAddOutcome({ ...none, invalid: ['x', 'y@'], added: ['a@contoso.com'] })).toEqual(
      {
        text: '“x”, “y@” aren’t valid email addresses. Added 1.',
        state: 'error',
      },
    );
  });

  it('notes duplicates as a warning and the limit as an error', () => {
    expect(
      describeAddOutcome({ ...none, added: ['a@contoso.com'], duplicates: ['SOC@contoso.com'] }),
    ).toEqual({
      text: 'Added 1. Already in the list, not added again: SOC@contoso.com.',
      state: 'warning',
    });
    expect(describeAddOutcome({ ...none, overflow: ['z@contoso.com'] }, 50)).toEqual({
      text: 'The list holds at most 50 addresses: 1 not added.',
      state: 'error',
    });
  });

  it('confirms a clean add', () => {
    expect(describeAddOutcome({ ...none, added: ['a@contoso.com', 'b@contoso.com'] })).toEqual({
      text: 'Added 2.',
      state: 'success',
    });
  });
});
