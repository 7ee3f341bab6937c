import type { Locator, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { paths } from '../src/config/paths';
import { expect, expectAccessible, test, withScenario } from './kit';

// Signed in as Contoso's Viewer: reading paths and downloading the report need no more than that.
test.use({ account: 'viewer@contoso.com' });

/** The table's steps ("From | Relation | To"), one a row, in order. */
const tableSteps = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')]
        .slice(-3)
        .map((cell) => cell.textContent?.trim() ?? '')
        .join(' | '),
    ),
  );

async function openProfile(page: Page, name: string) {
  await page.goto(withScenario(paths.home, 'contoso'));
  const box = page.getByRole('combobox', { name: 'Search users, computers and groups' });
  await box.click();
  await box.fill(name);
  await page
    .getByRole('listbox', { name: 'Search suggestions' })
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('a sensitive user’s paths: the graph and the table agree, and the report opens as a workbook', async ({
  page,
}) => {
  await openProfile(page, 'Sisanda Fela');
  await page.getByRole('link', { name: 'Paths' }).click();
  await expect(
    page.getByRole('tab', { name: 'Lateral movement paths', selected: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/lateral-movement-paths$/);

  const table = page.getByRole('table', { name: /Every path, step by step/ });
  const graph = page.getByRole('region', { name: /^Lateral movement paths graph/ });
  await expect(table).toBeVisible();
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  const steps = await tableSteps(table);
  const distinctSteps = new Set(steps);
  const names = new Set(steps.flatMap((s) => [s.split(' | ')[0]!, s.split(' | ')[2]!]));
  expect(steps.length).toBeGreaterThan(0);

  // Both ways: every node of the graph is named in the table and every entity of the table is a
  // node; every edge is a step of the table and every step is an edge.
  await expect(graph.locator('.react-flow__node')).toHaveCount(names.size);
  const nodeNames = await graph.locator('.react-flow__node a').allTextContents();
  expect(new Set(nodeNames)).toEqual(names);
  await expect(graph.locator('.react-flow__edge')).toHaveCount(distinctSteps.size);
  const edgeLabels = await graph
    .locator('.react-flow__edge')
    .evaluateAll((edges) => edges.map((e) => e.getAttribute('aria-label') ?? ''));
  const spelled = [...distinctSteps].map((s) => s.split(' | ').join(' '));
  expect(new Set(edgeLabels)).toEqual(new Set(spelled));
  await expect(graph).toHaveAccessibleName(
    `Lateral movement paths graph: ${names.size} entities, ${distinctSteps.size} steps`,
  );
  await expectAccessible(page, 'lateral movement paths tab');

  // Selecting a node keeps it in the URL.
  await graph.getByRole('button', { name: 'Highlight the neighbours of Helpdesk' }).click();
  await expect(page).toHaveURL(/[?&]node=/);
  await graph.getByRole('button', { name: 'Fit to view' }).click();

  // Download report: a workbook with the report's two tabs, one Details row a path.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report' }).click();
  const file = await (await download).path();
  const sheets = await readXlsxFile(file);
  expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Details']);
  const details = sheets[1]!.data;
  expect(details[0]).toEqual([
    'Sensitive account',
    'Domain',
    'Source',
    'Source type',
    'Steps',
    'Non-sensitive users on the path',
    'Computers on the path',
    'Path',
  ]);
  const pathCount = await table.locator('tbody').count();
  expect(details.length - 1).toBe(pathCount);
  expect(details.slice(1).reduce((sum, row) => sum + Number(row[4]), 0)).toBe(steps.length);
});

test('View a different date puts the day in the URL and shows that day’s paths', async ({
  page,
}) => {
  await openProfile(page, 'Sisanda Fela');
  await page.getByRole('tab', { name: 'Lateral movement paths' }).click();
  await expect(page.getByText('Most Recent')).toBeVisible();
  await page.getByRole('button', { name: 'View a different date' }).click();
  const picker = page.getByRole('dialog', { name: 'View a different date' });
  const date = picker.getByRole('textbox', { name: 'Date' });
  await date.fill('2026-10-01');
  await picker.getByRole('button', { name: 'Show paths' }).click();
  await expect(page).toHaveURL(/[?&]date=2026-10-01/);
  await expect(page.getByText('Oct 1, 2026')).toBeVisible();
  await expect(page.getByRole('table', { name: /Every path, step by step/ })).toBeVisible();
  await expectAccessible(page, 'lateral movement paths on another day');
});
