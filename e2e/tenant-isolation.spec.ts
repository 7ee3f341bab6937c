import { endpoints } from '../src/api/endpoints';
import { paths } from '../src/config/paths';
import { captureAccessToken, expect, signInAs, test } from './fixtures';

test('Fabrikam’s admin sees none of Contoso’s sensors, and the API says 404 for a Contoso id', async ({
  browser,
}) => {
  // Contoso's admin finds a sensor id (the drawer puts it in the URL).
  const contoso = await browser.newPage();
  await signInAs(contoso, 'admin@contoso.com');
  await contoso.goto(paths.sensors);
  await contoso.getByRole('button', { name: 'DC01', exact: true }).click();
  await expect(contoso).toHaveURL(/sensor=/);
  const sensorId = new URL(contoso.url()).searchParams.get('sensor');
  expect(sensorId).toBeTruthy();

  // Fabrikam's admin, in a separate browser context, has no access to it.
  const fabrikam = await browser.newPage();
  await signInAs(fabrikam, 'admin@fabrikam.com');
  await expect(fabrikam).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await fabrikam.goto(`${paths.sensors}?sensor=${sensorId}`);
  await expect(fabrikam).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await expect(fabrikam.getByText('DC01')).toHaveCount(0);

  const token = await captureAccessToken(fabrikam, () => fabrikam.reload());
  const status = await fabrikam.evaluate(
    async ([path, bearer]) =>
      (await fetch(path, { headers: { Authorization: `Bearer ${bearer}` } })).status,
    [endpoints.sensor(sensorId ?? ''), token] as const,
  );
  expect(status).toBe(404);
});
