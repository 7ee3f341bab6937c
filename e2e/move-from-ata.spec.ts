import { readFile } from 'node:fs/promises';
import { DefenderForEndpointPage, expect, MoveFromAtaPage, paths, test, WelcomePage } from './kit';

test.use({ account: 'admin@contoso.com' });

test('export from Contoso, import into Fabrikam’s new instance after seeing the diff, and watch the move checklist tick', async ({
  page,
  signedInAs,
}) => {
  // Contoso: the integration is turned on, then the whole configuration is exported.
  const defender = await new DefenderForEndpointPage(page).goto({ scenario: 'contoso' });
  await defender.integration.click();
  await defender.saveAndWait();
  await defender.openFromConfigurationNav('Move from ATA');
  const contoso = new MoveFromAtaPage(page);
  await contoso.expectLoaded();
  await expect(contoso.item('Microsoft Defender for Endpoint')).toContainText('Done');
  await contoso.expectAccessible('move from ATA (contoso)');
  const download = await contoso.exportConfiguration();
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^vigil-configuration-contoso-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).not.toMatch(/password"|secret"/i);

  // Fabrikam: its admin creates the instance, then imports Contoso's file.
  const fabrikam = await signedInAs('admin@fabrikam.com', { scenario: 'contoso' });
  const welcome = new WelcomePage(fabrikam);
  await welcome.createInstance.click();
  await expect(fabrikam).toHaveURL(new RegExp(`${paths.home}$`), { timeout: 15_000 });
  const move = await new MoveFromAtaPage(fabrikam).goto();
  await expect(move.progress).toHaveText('1 of 12 done');
  await expect(move.item('Microsoft Defender for Endpoint')).toContainText('To do');
  await move.expectAccessible('move from ATA (fabrikam, new)');

  await move.chooseFile({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const changes = move.changes(fileName);
  await expect(changes).toBeVisible();
  await expect(move.pageChanges('Microsoft Defender for Endpoint')).toContainText(
    'Integration with Microsoft Defender for EndpointOffOn',
  );
  await expect(move.pageChanges('Email notifications')).toContainText('soc@contoso.com');
  await expect(changes).toContainText(
    'contoso.com\\svc-vigil has no password here: enter it on the Directory services page',
  );
  await expect(changes).toContainText('analyst@contoso.com is not in Fabrikam’s directory');
  await move.expectAccessible('import diff');

  await move.applyImport(fileName);
  await expect(move.item('Microsoft Defender for Endpoint')).toContainText('Done');
  await expect(move.item('directory service account')).toContainText(
    'Enter the password of contoso.com\\svc-vigil.',
  );
  await expect(move.progress).toHaveText('2 of 12 done');
  await move.expectAccessible('move from ATA (fabrikam, imported)');
  await fabrikam.context().close();
});
