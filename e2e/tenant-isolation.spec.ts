import { endpoints } from '../src/api/endpoints';
import { callApi, captureAccessToken, expect, paths, SensorsPage, test } from './kit';

test('Fabrikam’s admin sees none of Contoso’s sensors, and the API says 404 for a Contoso id', async ({
  signedInAs,
}) => {
  // Contoso's admin finds a sensor id (the drawer puts it in the URL).
  const contoso = await signedInAs('admin@contoso.com', { path: paths.sensors });
  await new SensorsPage(contoso).openSensor('DC01');
  await expect(contoso).toHaveURL(/sensor=/);
  const sensorId = new URL(contoso.url()).searchParams.get('sensor') ?? '';
  expect(sensorId).not.toBe('');

  // Fabrikam's admin, in a separate browser context, has no access to it.
  const fabrikam = await signedInAs('admin@fabrikam.com');
  await expect(fabrikam).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await fabrikam.goto(`${paths.sensors}?sensor=${sensorId}`);
  await expect(fabrikam).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await expect(fabrikam.getByText('DC01')).toHaveCount(0);

  const token = await captureAccessToken(fabrikam, () => fabrikam.reload());
  const answer = await callApi(fabrikam, token, 'GET', endpoints.sensor(sensorId));
  expect(answer.status).toBe(404);
});
