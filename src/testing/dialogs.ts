import { screen, waitFor, type ByRoleMatcher } from '@testing-library/react';

type Name = string | RegExp;

const SETTLE_MS = 150;

const labelOf = (element: Element) =>
  element.getAttribute('aria-label') ??
  (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const matches = (text: string, name: Name) =>
  typeof name === 'string' ? text === name : name.test(text);

/**
 * The dialog (or alertdialog) named `name`, once it is really open: holding the focus and in the
 * accessibility tree.
 *
 * Under jsdom, Fluent's focus manager (tabster) can miss the focus that a dialog takes as it
 * opens when the machine is busy (the dialog's code loads lazily and tabster starts with it), and
 * then keeps the focused dialog aria-hidden as if another one were active. A browser never shows
 * this (the e2e suites check open dialogs with axe); here the focused element is focused again,
 * which tabster does see.
 */
export function findOpenDialog(
  name: Name,
  { role = 'dialog', timeout = 5_000 }: { role?: ByRoleMatcher; timeout?: number } = {},
): Promise<HTMLElement> {
  let settledSince: number | null = null;
  return waitFor(
    () => {
      // By role with hidden content, then by name (an aria-hidden dialog has no accessible name);
      // the one holding the focus, as a dialog closed a moment ago may still be leaving.
      const named = screen
        .getAllByRole(role, { hidden: true })
        .filter((candidate) => matches(labelOf(candidate), name));
      if (named.length === 0) throw new Error(`No open ${String(role)} is named “${String(name)}”`);
      const focused = document.activeElement;
      const dialog = named.find((candidate) => candidate.contains(focused)) ?? named[0]!;
      if (!(focused instanceof HTMLElement) || !dialog.contains(focused)) {
        settledSince = null;
        throw new Error(
          `The ${String(role)} “${String(name)}” is open, but the focus isn't in it yet`,
        );
      }
      if (dialog.closest('[aria-hidden="true"]')) {
        settledSince = null;
        focused.blur();
        focused.focus();
        throw new Error(`The ${String(role)} “${String(name)}” holds the focus but is aria-hidden`);
      }
      // Tabster updates aria-hidden on a timer: open means still open a moment later.
      settledSince ??= Date.now();
      if (Date.now() - settledSince < SETTLE_MS)
        throw new Error('Waiting for the dialog to settle');
      return dialog;
    },
    { timeout, interval: 25 },
  );
}
