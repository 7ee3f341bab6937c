import { describe, expect, it } from 'vitest';
import { commandFor, isTypingTarget, moveSelection, scrollToReveal } from './keyboard';

const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard triage', () => {
  it('maps mail-client keys to commands', () => {
    expect(commandFor(key('j'))).toBe('next');
    expect(commandFor(key('k'))).toBe('previous');
    expect(commandFor(key('Enter'))).toBe('open');
    expect(commandFor(key('c'))).toBe('close');
    expect(commandFor(key('C', { shiftKey: true }))).toBe('closeAndExclude');
    expect(commandFor(key('s'))).toBe('suppress');
    expect(commandFor(key('o'))).toBe('reopen');
    expect(commandFor(key('?', { shiftKey: true }))).toBe('help');
  });

  it('leaves chords and other keys to the browser', () => {
    expect(commandFor(key('c', { ctrlKey: true }))).toBeNull();
    expect(commandFor(key('c', { metaKey: true }))).toBeNull();
    expect(commandFor(key('j', { altKey: true }))).toBeNull();
    expect(commandFor(key('J', { shiftKey: true }))).toBeNull();
    expect(commandFor(key('x'))).toBeNull();
    expect(commandFor(key('Enter', { shiftKey: true }))).toBeNull();
  });

  it('never acts while typing in a field, in a dialog or a menu', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const inDialog = document.createElement('button');
    dialog.append(inDialog);
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = document.createElement('div');
    menu.append(item);
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(input, textarea, dialog, menu, editable);
    for (const target of [input, textarea, inDialog, item])
      expect(isTypingTarget(target)).toBe(true);
    expect(isTypingTarget(document.body)).toBe(false);
    const card = document.createElement('article');
    document.body.append(card);
    expect(isTypingTarget(card)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('moves the selection and stops at either end', () => {
    expect(moveSelection(null, 5, 'next')).toBe(0);
    expect(moveSelection(null, 5, 'previous')).toBe(0);
    expect(moveSelection(0, 5, 'next')).toBe(1);
    expect(moveSelection(4, 5, 'next')).toBe(4);
    expect(moveSelection(0, 5, 'previous')).toBe(0);
    expect(moveSelection(3, 5, 'previous')).toBe(2);
    expect(moveSelection(2, 0, 'next')).toBeNull();
  });

  it('scrolls only as far as needed to reveal the selected row', () => {
    // Rows of 100 px, viewport 300 px at 0: rows 0–2 are in view.
    expect(scrollToReveal(1, 100, 0, 300)).toBeNull();
    expect(scrollToReveal(3, 100, 0, 300)).toBe(100);
    expect(scrollToReveal(0, 100, 250, 300)).toBe(0);
    expect(scrollToReveal(10, 100, 0, 300)).toBe(800);
  });
});
