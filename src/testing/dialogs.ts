import { getConfig, screen, waitFor, type ByRoleMatcher } from '@testing-library/react';

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

interface TabsterCore {
  modalizer?: { activeId?: string };
}

/**
 * Whether Fluent's focus manager (tabster) treats `dialog` as the active modal, the state in which
 * it keeps the dialog in the accessibility tree and hides the rest. Undefined for a dialog that is
 * not a tabster modal (or before tabster exists).
 */
function isActiveModal(dialog: HTMLElement): boolean | undefined {
  const holder = dialog.closest('[data-tabster*="modalizer"]');
  const core = (window as unknown as { __tabsterInstance?: TabsterCore }).__tabsterInstance;
  if (!holder || !core?.modalizer) return undefined;
  const props = JSON.parse(holder.getAttribute('data-tabster') ?? '{}') as {
    modalizer?: { id?: string };
  };
  return props.modalizer?.id !== undefined && core.modalizer.activeId === props.modalizer.id;
}

/** Content a user can reach: what the app itself hides (icons, separators) holds none of it. */
const reachable = 'button, a[href], input, select, textarea, h1, h2, h3, h4, [role="navigation"]';

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
  {
    role = 'dialog',
    timeout = getConfig().asyncUtilTimeout,
  }: { role?: ByRoleMatcher; timeout?: number } = {},
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
      if (dialog.closest('[aria-hidden="true"]') || isActiveModal(dialog) === false) {
        // Tabster saw the focus arrive as if the user had moved it out of another modal: focusing
        // again from code makes it activate this one (and unhide it on its next update).
        settledSince = null;
        focused.blur();
        focused.focus();
        throw new Error(
          `The ${String(role)} “${String(name)}” holds the focus but is not the active modal yet`,
        );
      }
      // Tabster updates aria-hidden on a timer: open means still open a moment later.
      settledSince ??= Date.now();
      if (Date.now() - settledSince < SETTLE_MS)
        throw new Error('Waiting for the dialog to settle');
      return dialog;
    },
    // Each check queries the whole document: a shorter interval takes the busy machine's time from
    // the rendering it waits for.
    { timeout, interval: 50 },
  );
}

/**
 * Waits until no dialog is left and the page behind is back in the accessibility tree: tabster
 * takes its aria-hidden off the rest of the page on a timer after the last modal closes, so a role
 * query made the moment the dialog is gone can still miss the page.
 */
export function waitForDialogsClosed({ timeout = getConfig().asyncUtilTimeout } = {}) {
  return waitFor(
    () => {
      const open = [
        ...screen.queryAllByRole('dialog', { hidden: true }),
        ...screen.queryAllByRole('alertdialog', { hidden: true }),
      ];
      if (open.length > 0) throw new Error(`${open.length} dialog(s) still open`);
      const hidden = [...document.querySelectorAll('[aria-hidden="true"]')].find((element) =>
        element.querySelector(reachable),
      );
      if (hidden) throw new Error('The page is still aria-hidden behind a dialog that closed');
    },
    { timeout, interval: 50 },
  );
}
