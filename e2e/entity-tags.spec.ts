import { EntityTagsPage, expect, expectAccessible, openHoneytokenSignIn, test } from './kit';

// Megan Bowen (Users role group) tags accounts: the profile then says who tagged it.
test.use({ account: 'analyst@contoso.com' });

test('tag a user sensitive and see the reason on the profile', async ({ page }) => {
  const tags = await new EntityTagsPage(page).goto({ scenario: 'contoso' });
  await expect(tags.section('sensitiveAccounts')).toContainText('0 accounts');
  await expect(tags.builtInGroups).toBeVisible();
  await tags.expectAccessible();

  await tags.add('sensitiveAccounts', 'lidia.holl', /Lidia Holloway/);
  await expect(tags.section('sensitiveAccounts')).toContainText('1 account');
  const list = tags.entities('sensitiveAccounts');
  await expect(list.getByText('Added, not saved yet')).toBeVisible();
  await expectAccessible(page, 'entity tags, unsaved addition');
  await tags.saveAndWait();
  await expect(list.getByText(/^Tagged by Megan Bowen on /)).toBeVisible();

  await list.getByRole('link', { name: /Lidia Holloway/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lidia Holloway', exact: true }),
  ).toBeVisible();
  const reasons = page.getByRole('region', { name: 'Why it is sensitive' });
  await expect(reasons).toContainText(/Tagged by Megan Bowen on \w{3} \d{1,2}, \d{4}/);
  await expectAccessible(page, 'tagged user profile');
});

test('paste a honeytoken, then its sign-in raises an alert and another account’s doesn’t', async ({
  page,
}) => {
  const tags = await new EntityTagsPage(page).goto({ scenario: 'contoso' });
  await expect(tags.section('honeytokens')).toContainText('0 accounts');
  const paste = await tags.paste('honeytokens', ['vieno.mosley', 'no-such-account']);
  await expect(
    paste.root.getByText('No user, computer or group is called “no-such-account”'),
  ).toBeVisible();
  await expectAccessible(page, 'paste dialog with a bad line');
  await paste.close();
  await expect(tags.section('honeytokens')).toContainText('1 account');
  await tags.saveAndWait();
  await expect(tags.entities('honeytokens').getByText(/^Tagged by Megan Bowen on /)).toBeVisible();

  const dialog = await openHoneytokenSignIn(page);
  await dialog.signIn(['lidia.holl', /Lidia Holloway/], ['KIOSK07', /KIOSK07/]);
  await expect(dialog.result).toHaveText('No alert: Lidia Holloway is not a honeytoken');
  await expectAccessible(page, 'honeytoken sign-in dialog');
  await dialog.signIn(['vieno.mos', /Vieno Mosley/], ['KIOSK07', /KIOSK07/]);
  await expect(dialog.result).toContainText(
    'Vieno Mosley is a honeytoken: Honeytoken activity alert raised',
  );
  await expect(dialog.root.getByRole('button', { name: 'Open the alert' })).toBeVisible();
});

test.describe('as a Viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('the tags are shown read-only', async ({ page }) => {
    const tags = await new EntityTagsPage(page).goto({ scenario: 'contoso' });
    await expect(
      tags.readOnlyNote('Only Administrators and Users can change entity tags.'),
    ).toBeVisible();
    await expect(tags.builtInGroups).toBeVisible();
    await expect(tags.search('honeytokens')).toHaveCount(0);
    await expect(tags.save).toHaveCount(0);
    await tags.expectAccessible();
  });
});
