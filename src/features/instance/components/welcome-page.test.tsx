import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { tenantIds } from '../../../../mocks/identity/directory';
import { store } from '../../../../mocks/store/store';
import { T } from '@/testing/waits';

describe('Welcome page', () => {
  it('Fabrikam’s admin creates the instance, watches it progress, and lands on Home with three steps to do', async () => {
    const { user, router } = await renderRoute(paths.home, { as: 'admin@fabrikam.com' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Vigil' }, T),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.noInstance);
    expect(await screen.findByText('fabrikam', {}, T)).toBeInTheDocument();
    expect(screen.getByText('UK')).toBeInTheDocument();
    expect(screen.getByText(/It can’t be moved later/)).toBeInTheDocument();
    expect(screen.getByText('Vigil fabrikam Administrators')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    expect(
      await screen.findByRole('heading', { name: 'Creating your instance' }, T),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Progress' })).getAllByRole('listitem')[0],
    ).toHaveTextContent('Creating the instance fabrikam');

    expect(await screen.findByRole('heading', { level: 1, name: 'Home' }, T)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.home);
    const panel = await screen.findByRole('region', { name: 'Set up fabrikam' }, T);
    const steps = within(panel).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    for (const step of steps) expect(step).toHaveTextContent('(not done)');
    expect(store.state.tenants[tenantIds.fabrikam]?.instance?.region).toBe('UK');
  });

  it('tells someone who isn’t a directory administrator who can create the instance', async () => {
    await renderRoute(paths.noInstance, { as: 'miriam.graham@fabrikam.com' });
    expect(
      await screen.findByText(
        /Only a Global Administrator or Security Administrator of Fabrikam/,
        {},
        T,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create instance' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('sends a user whose tenant has an instance to Home', async () => {
    const { router } = await renderRoute(paths.noInstance);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' }, T)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.home);
  });
});
