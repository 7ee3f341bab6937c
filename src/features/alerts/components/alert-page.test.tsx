import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { givenScenario } from '../../../../mocks/configure';
import { demoAlert } from '../../../../mocks/testing/demo-alerts';

beforeEach(() => sessionStorage.clear());

async function openAlert(key: string, as = 'analyst@contoso.com') {
  await givenScenario('active-attack');
  const id = demoAlert(key);
  const view = await renderRoute(paths.alert(id), { scenario: false, as });
  await screen.findByRole('heading', { level: 1 }, T);
  return { ...view, id };
}

describe('Alert page', () => {
  it('shows the title, time, status, the entity chain, evidence, details and history', async () => {
    await openAlert('dcsync');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Suspected DCSync attack (replication of directory services)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('OPEN')).toBeInTheDocument();
    expect(screen.getByText('High severity')).toBeInTheDocument();
    const learn = screen.getByRole('link', { name: /Learn more about this alert/ });
    expect(learn).toHaveAttribute('target', '_blank');
    expect(learn).toHaveAttribute('rel', expect.stringContaining('noopener'));

    const chain = screen.getByRole('list', { name: 'What happened' });
    expect(within(chain).getByRole('link', { name: /Sisanda Fela/ })).toBeInTheDocument();
    expect(chain).toHaveTextContent(/3 domain controllers/i);

    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(within(evidence).getAllByRole('listitem').length).toBeGreaterThan(0);
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('table')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Alert history' });
    expect(within(history).getByText('Raised')).toBeInTheDocument();
  });

  it('an analyst closes the alert from its menu; the history says who, when, from → to', async () => {
    const { user } = await openAlert('dcsync');
    await user.click(screen.getByRole('button', { name: /^Actions for / }));
    await user.click(await screen.findByRole('menuitem', { name: /^Close Close now/ }, T));
    await waitFor(() => expect(screen.getByText('CLOSED')).toBeInTheDocument(), T);
    const history = screen.getByRole('table', { name: 'Alert history' });
    const row = await within(history).findByRole('row', { name: /Megan Bowen/ }, T);
    expect(row).toHaveTextContent('Closed');
    expect(row).toHaveTextContent('Open → Closed');
  });

  it('a Viewer sees why the status can’t be changed', async () => {
    const { user } = await openAlert('dcsync', 'viewer@contoso.com');
    await user.click(screen.getByRole('button', { name: /^Actions for / }));
    const menu = await screen.findByRole('menu', {}, T);
    expect(within(menu).getByRole('menuitem', { name: /Viewers can’t change/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).queryByRole('menuitem', { name: /^Close/ })).toBeNull();
  });

  it('an Administrator deletes the alert; the page says so and offers the way back', async () => {
    const { user } = await openAlert('pass-the-hash', 'admin@contoso.com');
    await user.click(screen.getByRole('button', { name: /^Actions for / }));
    await user.click(await screen.findByRole('menuitem', { name: /^Delete/ }, T));
    const dialog = await findOpenDialog('Delete this alert?', { role: 'alertdialog' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const all = await findOpenDialog(/^Delete all/, { role: 'alertdialog' });
    await user.click(within(all).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('region', { name: 'Alert deleted' }, T)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Back to security alerts' }).length).toBeGreaterThan(
      0,
    );
  });

  it('says when the alert doesn’t exist', async () => {
    await renderRoute(paths.alert('no-such-alert'), { scenario: 'active-attack' });
    expect(await screen.findByRole('region', { name: 'Alert not found' }, T)).toBeInTheDocument();
  });
});
