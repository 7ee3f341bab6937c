import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { tenantIds } from '../../../../mocks/identity/directory';
import { store } from '../../../../mocks/store/store';
import { T } from '@/testing/waits';

describe('Delete instance', () => {
  it('keeps the button disabled until the name matches, then deletes and goes to the welcome page', async () => {
    const { user, router } = await renderRoute(paths.configuration.deleteInstance);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Delete instance' }, T),
    ).toBeInTheDocument();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).getByRole('link', { name: 'Delete instance' })).toBeInTheDocument();
    expect(screen.getByText(/stops every sensor from reporting/)).toBeInTheDocument();
    expect(
      screen.getByText(/Vigil contoso Administrators, Vigil contoso Users, Vigil contoso Viewers/),
    ).toBeInTheDocument();

    const input = screen.getByRole('textbox', {
      name: /Type the instance name \(contoso\) to confirm/,
    });
    const button = screen.getByRole('button', { name: 'Delete instance' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.type(input, 'contosso');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(store.state.tenants[tenantIds.contoso]?.instance).not.toBeNull();

    await user.clear(input);
    await user.type(input, 'contoso');
    expect(button).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(button);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Vigil' }, T),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.noInstance);
    expect(store.state.tenants[tenantIds.contoso]?.instance).toBeNull();
    expect(await screen.findByRole('button', { name: 'Create instance' }, T)).toBeInTheDocument();
  });

  it('is hidden from an analyst, and says who can when opened directly', async () => {
    await renderRoute(paths.configuration.deleteInstance, { as: 'analyst@contoso.com' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Delete instance' }, T),
    ).toBeInTheDocument();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).queryByRole('link', { name: 'Delete instance' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(
      /Only members of the Administrators role group/,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete instance' })).toBeNull();
  });
});
