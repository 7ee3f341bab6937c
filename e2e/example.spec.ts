// TESTING.md's example, verbatim (scripts/testing-doc.test.ts keeps the two identical). It
// imports the kit by its package name, as an outside suite does.
import { demo, DemoMenu, expect, HealthCenterPage, SensorsPage, test } from 'vigil/testing';

// Every test in this file starts signed in as Contoso's Global Administrator (a saved session).
test.use({ account: 'admin@contoso.com' });

test('a sensor outage opens a health issue after simulated time; offline shows the error', async ({
  page,
}) => {
  // ?scenario= resets the demo data: the Sensors page of the default deployment.
  const sensors = await new SensorsPage(page).goto({ scenario: 'contoso' });
  await expect(sensors.showing(11)).toBeVisible();
  await sensors.expectAccessible();

  // A running sensor stops communicating (Demo menu), then 15 simulated minutes pass (demo API).
  const outage = await new DemoMenu(page).openOutageDialog();
  await outage.start('DC02');
  const before = await demo.state(page);
  const after = await demo.advanceTime(page, 15);
  expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(15 * 60_000);

  const health = await new HealthCenterPage(page).goto();
  await expect(health.issueRows('DC02', 'Sensor stopped communicating')).toHaveCount(1);
  await health.expectAccessible();

  // Faults: every API call fails as a network error until they are cleared.
  await demo.setFaults(page, { offline: true });
  await expect(page.getByText('Can’t reach the service').first()).toBeVisible();
  await demo.clearFaults(page);
  await expect(health.issueRows('DC02', 'Sensor stopped communicating')).toHaveCount(1);
});
