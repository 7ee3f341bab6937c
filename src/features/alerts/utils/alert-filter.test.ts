import { describe, expect, it } from 'vitest';
import { statusActions } from './alert-actions';
import { emptyMessage, filterNoun, filterParam, parseAlertFilter } from './alert-filter';
import { forgetPlace, readPlace, savePlace } from './timeline-place';

describe('timeline URL state', () => {
  it('reads the filter from the URL, Open when missing or unknown', () => {
    expect(parseAlertFilter(null)).toBe('Open');
    expect(parseAlertFilter('Closed')).toBe('Closed');
    expect(parseAlertFilter('High')).toBe('High');
    expect(parseAlertFilter('closed')).toBe('Open');
    expect(parseAlertFilter('<script>')).toBe('Open');
  });

  it('leaves the default out of the URL', () => {
    expect(filterParam('Open')).toBeNull();
    expect(filterParam('Suppressed')).toBe('Suppressed');
  });

  it('names each list and its empty state', () => {
    expect(filterNoun('All')).toBe('alerts');
    expect(filterNoun('High')).toBe('open High severity alerts');
    expect(filterNoun('Suppressed')).toBe('suppressed alerts');
    const counts = { All: 3, Open: 0, High: 0, Medium: 0, Low: 0, Closed: 3, Suppressed: 0 };
    expect(emptyMessage('Open', counts).title).toBe('No open alerts');
    expect(emptyMessage('Low', counts).title).toBe('No open Low severity alerts');
    expect(emptyMessage('Suppressed', counts).title).toBe('No suppressed alerts');
    expect(emptyMessage('Open', { ...counts, All: 0, Closed: 0 }).title).toBe('No security alerts');
  });

  it('remembers the place per filter', () => {
    savePlace('Open', { scrollTop: 1440, selectedId: 'a1' });
    expect(readPlace('Open')).toEqual({ scrollTop: 1440, selectedId: 'a1' });
    expect(readPlace('Closed')).toBeNull();
    forgetPlace('Open');
    expect(readPlace('Open')).toBeNull();
  });
});

describe('status actions', () => {
  const target = { kind: 'Computer' as const, value: 'ALICE-DESKTOP', entity: null };
  it('offers what the status allows, with the entity inline', () => {
    expect(statusActions({ status: 'Open', exclusionTarget: target }).map((a) => a.label)).toEqual([
      'Close',
      'Suppress',
      'Close and exclude ALICE-DESKTOP',
    ]);
    expect(statusActions({ status: 'Open', exclusionTarget: null }).map((a) => a.action)).toEqual([
      'Close',
      'Suppress',
    ]);
    expect(
      statusActions({ status: 'Closed', exclusionTarget: target }).map((a) => a.action),
    ).toEqual(['Reopen']);
    expect(
      statusActions({ status: 'Suppressed', exclusionTarget: null }).map((a) => a.action),
    ).toEqual(['Close', 'Reopen']);
  });
});
