/**
 * Keyboard triage on the timeline, mail-client style: j / k move, Enter opens, c close,
 * Shift+C close and exclude, s suppress, o reopen, ? the list of shortcuts. Pure, so the model is
 * unit-tested without a page.
 */
export type TriageCommand =
  'next' | 'previous' | 'open' | 'close' | 'closeAndExclude' | 'suppress' | 'reopen' | 'help';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface ShortcutDoc {
  keys: string[];
  does: string;
}

/** The shortcuts dialog's rows, in the order people learn them. */
export const shortcuts: readonly ShortcutDoc[] = [
  { keys: ['j'], does: 'Next alert' },
  { keys: ['k'], does: 'Previous alert' },
  { keys: ['Enter'], does: 'Open the selected alert' },
  { keys: ['c'], does: 'Close the selected alert' },
  { keys: ['Shift', 'C'], does: 'Close the selected alert and exclude its entity' },
  { keys: ['s'], does: 'Suppress the selected alert' },
  { keys: ['o'], does: 'Reopen the selected alert' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

/** The command a key press means, or null (modifier chords belong to the browser). */
export function commandFor(input: KeyInput): TriageCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'j':
    case 'J':
      return input.shiftKey ? null : 'next';
    case 'k':
    case 'K':
      return input.shiftKey ? null : 'previous';
    case 'Enter':
      return input.shiftKey ? null : 'open';
    case 'c':
      return 'close';
    case 'C':
      return input.shiftKey ? 'closeAndExclude' : 'close';
    case 's':
      return 'suppress';
    case 'o':
      return 'reopen';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Elements whose keys belong to them: fields, editable text, menus, and anything in a dialog. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (
    target.closest(
      '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"]',
    ) !== null
  );
}

/**
 * The selection after moving: j from nothing selects the first alert, k from nothing the first too;
 * moves stop at either end rather than wrap (the end of a paged list is where the next page loads).
 */
export function moveSelection(
  current: number | null,
  count: number,
  command: 'next' | 'previous',
): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0) return 0;
  const next = command === 'next' ? current + 1 : current - 1;
  return Math.max(0, Math.min(count - 1, next));
}

/**
 * The scrollTop that brings row `index` (fixed `rowHeight`) fully into a viewport of `height`,
 * or null when it is already in view.
 */
export function scrollToReveal(
  index: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}
