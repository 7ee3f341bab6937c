import {
  AccountPanel,
  AlertsTimelinePage,
  demoAccountNames,
  demoAccounts,
  expect,
  HomePage,
  openStartPage,
  paths,
  SensorsPage,
  signIn,
  test,
  UnauthorizedPage,
  WelcomePage,
} from './kit';

// These journeys are about signing in: they go through the start page and the account picker.
// Every other journey starts signed in from a saved session (kit `test.use({ account })`).

test('the signed-out page and the account picker are accessible', async ({ page }) => {
  const start = await openStartPage(page, 'contoso');
  await start.expectAccessible('signed-out page');
  const picker = await start.openAccountPicker();
  await expect(picker.heading).toBeVisible();
  for (const upn of demoAccountNames) await expect(picker.account(upn)).toBeVisible();
  // The picker is not a portal page: run the axe check on it directly.
  await start.expectAccessible('account picker');
});

for (const [upn, role] of [
  ['admin@contoso.com', 'Administrator'],
  ['analyst@contoso.com', 'User'],
  ['viewer@contoso.com', 'Viewer'],
] as const) {
  const landsOn = demoAccounts[upn].landsOn;
  test(`${upn} signs in and lands on ${landsOn} as ${role}`, async ({ page }) => {
    await signIn(page, upn);
    await expect(page).toHaveURL(new RegExp(`${landsOn}$`));
    const landing = landsOn === paths.home ? new HomePage(page) : new AlertsTimelinePage(page);
    await landing.expectLoaded();
    await landing.mainNav.getByRole('link', { name: 'Configuration' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.sensors}$`));
    const sensors = new SensorsPage(page);
    await sensors.expectLoaded();
    await expect(sensors.sensorButton('DC01')).toBeVisible();
    const account = await new AccountPanel(page).open();
    await expect(account).toContainText(upn);
    await expect(account).toContainText('Contoso');
    await expect(account).toContainText(role);
    await sensors.expectAccessible(`sensors as ${upn}`);
  });
}

test('the guest gets the unauthorized page with Sign out and nothing else', async ({ page }) => {
  await signIn(page, 'guest@contoso.com');
  await expect(page).toHaveURL(new RegExp(`${paths.unauthorized}$`));
  const unauthorized = new UnauthorizedPage(page);
  await unauthorized.expectLoaded();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await unauthorized.expectAccessible('unauthorized page');
  // A direct link to a portal page still ends on the unauthorized page.
  await page.goto(paths.sensors);
  await expect(page).toHaveURL(new RegExp(`${paths.unauthorized}$`));
  await unauthorized.signOut.click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('Fabrikam’s admin lands on the no-instance page', async ({ page }) => {
  await signIn(page, 'admin@fabrikam.com');
  await expect(page).toHaveURL(new RegExp(`${paths.noInstance}$`));
  const welcome = new WelcomePage(page);
  await welcome.expectLoaded();
  await welcome.expectAccessible('no-instance page');
});

test('a reload keeps the session; sign out goes through the logout page back to the start', async ({
  page,
}) => {
  await signIn(page, 'admin@contoso.com');
  const home = new HomePage(page);
  await home.expectLoaded();
  await page.reload();
  await home.expectLoaded();
  await new AccountPanel(page).signOut();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  // Signed out for real: a portal URL now goes back to the start page.
  await page.goto(paths.sensors);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
