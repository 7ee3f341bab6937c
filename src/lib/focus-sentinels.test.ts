import { afterEach, describe, expect, it } from 'vitest';
import { keepFocusSentinelsInert } from './focus-sentinels';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function sentinel() {
  const element = document.createElement('i');
  element.setAttribute('data-tabster-dummy', '');
  element.setAttribute('aria-hidden', 'true');
  element.tabIndex = 0;
  return element;
}

function modalPortal() {
  const portal = document.createElement('div');
  const surface = document.createElement('div');
  surface.setAttribute('data-tabster', '{"restorer":{"type":0},"modalizer":{"id":"modal-1"}}');
  surface.append(sentinel());
  portal.append(surface);
  return portal;
}

describe('keepFocusSentinelsInert', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it('makes the body sentinels inert while no modal is open, and gives them back while one is', async () => {
    stop = keepFocusSentinelsInert();
    const first = sentinel();
    const last = sentinel();
    document.body.prepend(first);
    document.body.append(last);
    await tick();
    expect(first).toHaveAttribute('inert');
    expect(last).toHaveAttribute('inert');

    const portal = modalPortal();
    document.body.append(portal);
    await tick();
    expect(first).not.toHaveAttribute('inert');
    expect(last).not.toHaveAttribute('inert');
    // The modal's own sentinels are never touched.
    expect(portal.querySelector('[data-tabster-dummy]')).not.toHaveAttribute('inert');

    portal.remove();
    await tick();
    expect(first).toHaveAttribute('inert');
    expect(last).toHaveAttribute('inert');
  });

  it('leaves non-modal popovers (no modalizer) and other body children alone', async () => {
    const other = document.createElement('div');
    other.tabIndex = 0;
    const popover = document.createElement('div');
    popover.setAttribute('data-tabster', '{"restorer":{"type":0}}');
    document.body.append(sentinel(), other, popover);
    stop = keepFocusSentinelsInert();
    await tick();
    expect(document.body.firstElementChild).toHaveAttribute('inert');
    expect(other).not.toHaveAttribute('inert');
    expect(popover).not.toHaveAttribute('inert');
  });

  it('makes the sentinels inside an open menu inert (Tab closes a menu), in portals only', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    const pageMenu = document.createElement('div');
    pageMenu.setAttribute('role', 'menu');
    pageMenu.append(sentinel());
    root.append(pageMenu);
    document.body.append(root);
    stop = keepFocusSentinelsInert();
    const portal = document.createElement('div');
    document.body.append(portal);
    await tick();
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.tabIndex = 0;
    menu.append(sentinel(), item, sentinel());
    portal.append(menu);
    await tick();
    for (const dummy of menu.querySelectorAll('[data-tabster-dummy]')) {
      expect(dummy).toHaveAttribute('inert');
    }
    expect(item).not.toHaveAttribute('inert');
    // The page's own tree is not watched.
    expect(pageMenu.querySelector('[data-tabster-dummy]')).not.toHaveAttribute('inert');
  });
});
