import { endpoints } from '../src/api/endpoints';
import {
  AlertPage,
  AlertsTimelinePage,
  callApi,
  captureAccessToken,
  demo,
  expect,
  expectAccessible,
  test,
} from './kit';

test.describe('a SOC analyst (User)', () => {
  test.use({ account: 'analyst@contoso.com' });

  test('triages by keyboard: j/k, open, back to the same place, close, close and exclude', async ({
    page,
  }) => {
    const timeline = await new AlertsTimelinePage(page).goto({ scenario: 'active-attack' });
    await expect(timeline.filter('Open')).toHaveAttribute('aria-current', 'page');
    await expect(timeline.cards.first()).toBeVisible();
    await timeline.expectAccessible('timeline');

    await page.keyboard.press('j');
    await expect(timeline.cards.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(timeline.cards.nth(1)).toBeFocused();
    await page.keyboard.press('k');
    const first = timeline.cards.nth(0);
    await expect(first).toBeFocused();
    const title = (await first.getByRole('heading').textContent()) ?? '';

    await page.keyboard.press('Enter');
    const alert = new AlertPage(page, '', title);
    await alert.expectLoaded();
    await expect(alert.chain).toBeVisible();
    await alert.expectAccessible();
    await alert.backToTimeline.click();
    await timeline.expectLoaded();
    await expect(timeline.selectedCard).toHaveAccessibleName(title);

    await timeline.selectedCard.focus();
    await page.keyboard.press('c');
    await expect(timeline.message).toContainText(`Alert closed: ${title}`);
    await expect(timeline.card(title).getByText('CLOSED')).toBeVisible();

    const enumeration = timeline.card('Account enumeration reconnaissance');
    await enumeration.click({ position: { x: 200, y: 120 } });
    await expect(enumeration).toBeFocused();
    await page.keyboard.press('Shift+C');
    await expect(timeline.message).toContainText(/^Alert closed and \S+ excluded/);
    await expect(enumeration.getByText('CLOSED')).toBeVisible();

    await page.keyboard.press('?');
    await expect(timeline.shortcutsDialog).toBeVisible();
    await expectAccessible(page, 'keyboard shortcuts');
    await page.keyboard.press('Escape');
    await expect(timeline.shortcutsDialog).toBeHidden();

    const menu = await timeline.openMenu(timeline.cards.nth(2));
    await expect(menu.getByRole('menuitem', { name: /^Suppress/ })).toBeVisible();
    await expectAccessible(page, 'alert menu');
  });

  test('advancing time brings a new alert, announced on the open timeline', async ({ page }) => {
    const timeline = await new AlertsTimelinePage(page).goto({ scenario: 'active-attack' });
    const top = (await timeline.cards.first().getByRole('heading').textContent()) ?? '';
    await demo.advanceTime(page, 30, { reload: false });
    await expect(timeline.newAlerts).toHaveText(/1 new alert/, { timeout: 15_000 });
    // Nothing moved while it was announced.
    await expect(timeline.cards.first().getByRole('heading')).toHaveText(top);
    await expectAccessible(page, 'timeline with new alerts');
    await timeline.newAlerts.getByRole('button', { name: /^Show/ }).click();
    await expect(timeline.cards.first().getByRole('heading')).toHaveText(
      'Suspected Golden Ticket usage (nonexistent account)',
    );
  });
});

test.describe('a Viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('sees no status actions, and the service refuses them', async ({ page }) => {
    const timeline = new AlertsTimelinePage(page);
    const token = await captureAccessToken(page, () =>
      timeline.goto({ scenario: 'active-attack' }),
    );
    const card = timeline.cards.first();
    await expect(card).toBeVisible();
    const menu = await timeline.openMenu(card);
    await expect(menu.getByRole('menuitem', { name: /^Close/ })).toHaveCount(0);
    await expect(menu.getByRole('menuitem', { name: /^Change status/ })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /^Download details/ })).toBeVisible();
    await expectAccessible(page, 'alert menu as Viewer');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await expect(timeline.message).toContainText('Viewers can’t change the status of alerts.');
    await expect(card.getByText('OPEN')).toBeVisible();

    const id = (await card.getAttribute('data-alert-id')) ?? '';
    const answer = await callApi(page, token, 'POST', endpoints.alertStatus(id), {
      action: 'Close',
    });
    expect(answer.status).toBe(403);
  });
});
