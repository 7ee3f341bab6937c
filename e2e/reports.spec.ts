import readXlsxFile from 'read-excel-file/node';
import { expect, ReportsPage, test } from './kit';

test.use({ account: 'viewer@contoso.com' });

test('a viewer downloads a report and it opens as a workbook; empty reports are greyed', async ({
  page,
}) => {
  const reports = await new ReportsPage(page).goto({ scenario: 'contoso' });
  await expect(reports.from('Passwords exposed in cleartext')).toHaveValue('2026-11-14');
  await expect(reports.to('Passwords exposed in cleartext')).toHaveValue('2026-11-20');
  // The paths report pre-selects the first day with paths in its 60 days.
  await expect(reports.from('Lateral movements paths to sensitive accounts')).toHaveValue(
    '2026-09-22',
  );
  await reports.expectAccessible('reports');

  const download = await reports.downloadReport('Passwords exposed in cleartext');
  expect(download.suggestedFilename()).toBe(
    'Passwords_exposed_in_cleartext-2026-11-14-2026-11-20.xlsx',
  );
  const sheets = await readXlsxFile(await download.path());
  expect(sheets.map((s) => s.sheet)).toEqual(['Cleartext passwords']);
  const rows = sheets[0]!.data;
  expect(rows[0]?.slice(0, 4)).toEqual(['Date', 'Account', 'Account domain', 'Source computer']);
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.map((r) => r[1])).toContain('svc-legacyapp');

  // A range before the report's history is refused at the field.
  await reports.from('Summary').fill('2026-01-01');
  await expect(reports.report('Summary')).toContainText('This report goes back 180 days');
  await expect(reports.download('Summary')).toBeDisabled();
  await expect(page).toHaveURL(/summary\.from=2026-01-01/);
  await reports.expectAccessible('reports with a field error');

  // Nothing is observed without sensors: the directory reports are greyed with the catalog's words.
  await reports.goto({ scenario: 'fresh' });
  await expect(reports.emptyNote('Passwords exposed in cleartext')).toHaveText(
    'No passwords in cleartext were observed',
  );
  await expect(reports.download('Modifications to sensitive groups')).toBeDisabled();
  await reports.expectAccessible('reports, greyed');
});
