/**
 * Fluent's focus manager (tabster) puts two invisible focus sentinels on `<body>` — its first and
 * last child, `<i data-tabster-dummy aria-hidden="true" tabindex="0">` — the first time a Dialog
 * or Popover mounts (its modalizer asks the body root for them, because Fluent runs tabster with
 * `controlTab: false`), and keeps them until the page unloads. They exist for one case: focus
 * coming back from the browser's own UI (address bar, Shift+Tab from outside the page) while a
 * modal is open, which they hand to the modal. With nothing modal on screen they are only two
 * tab stops hidden from assistive technology at the ends of the page, which is what axe reports
 * as `aria-hidden-focus`.
 *
 * This keeps those two sentinels `inert` (not focusable at all, so Tab works as it did before
 * any dialog had opened) whenever no modal surface is in the document, and lets tabster have
 * them while one is. Fluent's dialogs, drawers and trap-focus popovers render in portals, direct
 * children of `<body>`, so one observer of `<body>`'s children sees every one open and close.
 * The sentinels tabster puts inside an open dialog are left alone: they belong to the surface
 * the user is in. Those its arrow-key mover puts inside an open **menu** (`role="menu"`) are made
 * inert too: Fluent's menu handles Tab itself (it closes the menu and focuses the trigger), so
 * they are never a tab stop anyone reaches, only focusable `aria-hidden` elements. Menus render
 * in portals, so only `<body>`'s portal children are watched for them, never the page's own tree.
 */
const sentinel = 'data-tabster-dummy';
/** A Fluent modal surface: tabster's modalizer attribute (Dialog, OverlayDrawer, Popover with trapFocus). */
const modalSurface = '[data-tabster*=\'"modalizer"\']';

const menuSentinels = `[role="menu"] > [${sentinel}]:not([inert])`;

export function keepFocusSentinelsInert(doc: Document = document): () => void {
  const watched = new WeakSet<Element>();
  const inertMenuSentinels = (root: ParentNode) => {
    for (const element of root.querySelectorAll(menuSentinels)) element.setAttribute('inert', '');
  };
  const portals = new MutationObserver((records) => {
    for (const record of records) inertMenuSentinels(record.target as Element);
  });
  const update = () => {
    const modalOpen = doc.querySelector(modalSurface) !== null;
    for (const child of doc.body.children) {
      if (child.hasAttribute(sentinel)) {
        if (child.hasAttribute('inert') === modalOpen) child.toggleAttribute('inert', !modalOpen);
      } else if (child.id !== 'root' && !watched.has(child)) {
        watched.add(child);
        portals.observe(child, { childList: true, subtree: true });
        inertMenuSentinels(child);
      }
    }
  };
  const observer = new MutationObserver(update);
  observer.observe(doc.body, { childList: true });
  update();
  return () => {
    observer.disconnect();
    portals.disconnect();
  };
}
