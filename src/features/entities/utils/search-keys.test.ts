import { describe, expect, it } from 'vitest';
import { isTypingTarget, nextActiveIndex, resultCount } from './search-keys';

describe('nextActiveIndex', () => {
  it('moves down and up, wrapping at both ends', () => {
    expect(nextActiveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(2, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(1, 'Home', 3)).toBe(0);
    expect(nextActiveIndex(1, 'End', 3)).toBe(2);
  });
  it('has nothing to highlight in an empty list', () => {
    expect(nextActiveIndex(0, 'ArrowDown', 0)).toBe(-1);
  });
});

describe('isTypingTarget', () => {
  it('is true in fields, false elsewhere', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('resultCount', () => {
  it('says result or results, with thousands separators', () => {
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(0)).toBe('0 results');
    expect(resultCount(100000)).toBe('100,000 results');
  });
});
