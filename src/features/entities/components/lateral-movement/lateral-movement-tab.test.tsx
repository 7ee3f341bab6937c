import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { demoEntity } from '../../../../../mocks/testing/demo-entities';

const T = { timeout: 15_000 };
const tab = (id: string) => `${paths.user(id)}/lateral-movement-paths`;

/** The table's steps as "From | Relation | To", and the entities it names. */
function tableOf(table: HTMLElement) {
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
  const steps = rows.map((cells) => cells.slice(-3).join(' | '));
  const names = new Set(rows.flatMap((cells) => [cells.at(-3)!, cells.at(-1)!]));
  return { steps, names };
}

describe('lateral movement paths tab', () => {
  it('draws a sensitive user’s paths and lists the same steps in the table', async () => {
    await renderRoute(tab(demoEntity('sisanda')), {
      as: 'viewer@contoso.com',
    });
    expect(
      await screen.findByRole('tab', { name: 'Lateral movement paths', selected: true }, T),
    ).toBeInTheDocument();
    const panel = screen.getByRole('complementary', { name: 'About Sisanda Fela' });
    expect(await within(panel).findByRole('link', { name: 'Paths' }, T)).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: /Every path, step by step/ }, T);
    const { steps, names } = tableOf(table);
    expect(steps).toEqual([
      'Service Desk | Member of | Helpdesk',
      'Helpdesk | Administrator on | ADFS01',
      'ADFS01 | Logged into by | Sisanda Fela',
      'Marco Graham | Administrator on | CLIENT202',
      'CLIENT202 | Logged into by | Nick Cowley',
      'Nick Cowley | Administrator on | KIOSK07',
      'KIOSK07 | Logged into by | Lidia Holloway',
      'Lidia Holloway | Member of | Helpdesk',
      'Helpdesk | Administrator on | ADFS01',
      'ADFS01 | Logged into by | Sisanda Fela',
    ]);
    expect(screen.getByText('Most Recent')).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Counts' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3Non-sensitive en route users', '3Computers on the path']);

    // The graph (loaded with the tab) has one node per entity of the table, one edge per step.
    const graph = await screen.findByRole(
      'region',
      { name: 'Lateral movement paths graph: 9 entities, 8 steps' },
      T,
    );
    await waitFor(() =>
      expect(graph.querySelectorAll('.react-flow__node')).toHaveLength(names.size),
    );
    const nodeNames = [...graph.querySelectorAll('.react-flow__node a')].map((a) => a.textContent);
    expect(new Set(nodeNames)).toEqual(names);
    expect(new Set(steps).size).toBe(8);
    for (const name of ['Zoom in', 'Zoom out', 'Fit to screen', 'Fit to view'])
      expect(within(graph).getByRole('button', { name })).toBeInTheDocument();
    expect(within(graph).getByLabelText('Legend')).toHaveTextContent('Administrator on');
  });

  it('selects a node into the URL, and shows another day from View a different date', async () => {
    const { user, router } = await renderRoute(tab(demoEntity('sisanda')));
    const helpdesk = await screen.findByRole(
      'button',
      { name: 'Highlight the neighbours of Helpdesk' },
      T,
    );
    await user.click(helpdesk);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('node')).toBe(
        demoEntity('Helpdesk'),
      ),
    );
    expect(
      screen.getByRole('button', { name: 'Highlight the neighbours of Helpdesk' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'View a different date' }));
    const date = await screen.findByLabelText('Date', {}, T);
    await user.clear(date);
    await user.type(date, '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Show paths' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('date')).toBe('2026-10-01'),
    );
    expect(await screen.findByText('Oct 1, 2026', {}, T)).toBeInTheDocument();
    expect(screen.queryByText('Most Recent')).not.toBeInTheDocument();
  });

  it('has no tab and no badge for an entity on no path', async () => {
    await renderRoute(paths.computer(demoEntity('DC01')));
    expect(await screen.findByRole('heading', { level: 1, name: 'DC01' }, T)).toBeInTheDocument();
    // Wait for the paths answer: the badge would appear with it.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('tab', { name: 'Lateral movement paths' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Paths' })).not.toBeInTheDocument();
  });
});
