import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext } from '../../../../mocks/configure';
import { demoUserIds } from '../../../../mocks/identity/directory';
import { store } from '../../../../mocks/store/store';
import { T } from '@/testing/waits';

const membersOf = (name: string) => {
  const group = store.state.directory.groups.find((g) => g.displayName === `Vigil contoso ${name}`);
  return group?.memberIds ?? [];
};

const usersCard = () => screen.getByRole('region', { name: 'Users' });

describe('Role groups', () => {
  it('lets an admin add the viewer to Users; the list updates', async () => {
    const { user } = await renderRoute(paths.configuration.roleGroups);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Role groups' }, T),
    ).toBeInTheDocument();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).getByRole('link', { name: 'Role groups' })).toBeInTheDocument();
    expect(within(subNav).getByRole('link', { name: 'Audit log' })).toBeInTheDocument();

    await screen.findByRole('table', { name: 'Members of Users' }, T);
    expect(
      screen.getByText(/Directory administrators are Administrators implicitly/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Adele Vance \(admin@contoso\.com, Global Administrator\)/),
    ).toBeInTheDocument();
    expect(within(usersCard()).getByText('Vigil contoso Users · 1 member')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add members to Users' }));
    const dialog = await findOpenDialog('Add members to Users');
    const search = within(dialog).getByRole('searchbox', { name: /Search people in Contoso/ });
    // Megan is a member of Users already: she is not offered.
    await within(dialog).findByRole('button', { name: 'Add Alex Wilber' }, T);
    expect(within(dialog).queryByRole('button', { name: 'Add Megan Bowen' })).toBeNull();
    await user.type(search, 'wilber');
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1), T);
    await user.click(within(dialog).getByRole('button', { name: 'Add Alex Wilber' }));
    // The live region is there before it speaks: wait for what it says.
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Added to Users: Alex Wilber.'),
    );
    await within(dialog).findByText(/No one in Contoso matches “wilber”/, {}, T);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    await waitFor(
      () =>
        expect(
          within(usersCard()).getByText('Vigil contoso Users · 2 members'),
        ).toBeInTheDocument(),
      T,
    );
    const table = within(usersCard()).getByRole('table', { name: 'Members of Users' });
    expect(
      within(table).getByRole('row', { name: /Alex Wilber viewer@contoso\.com IT Auditor/ }),
    ).toBeInTheDocument();
    expect(membersOf('Users')).toContain(demoUserIds.viewer);
  });

  it('removes a member after confirmation, and Cancel keeps them', async () => {
    const { user } = await renderRoute(paths.configuration.roleGroups);
    const remove = await screen.findByRole('button', { name: 'Remove Megan Bowen from Users' }, T);

    await user.click(remove);
    let dialog = await findOpenDialog('Remove Megan Bowen from Users?', { role: 'alertdialog' });
    expect(dialog).toHaveTextContent(/no longer be able to use Vigil/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(membersOf('Users')).toContain(demoUserIds.analyst);
    await waitForDialogsClosed();

    await user.click(screen.getByRole('button', { name: 'Remove Megan Bowen from Users' }));
    dialog = await findOpenDialog('Remove Megan Bowen from Users?', { role: 'alertdialog' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitForDialogsClosed();
    await waitFor(
      () => expect(within(usersCard()).getByText('No members yet.')).toBeInTheDocument(),
      T,
    );
    expect(membersOf('Users')).not.toContain(demoUserIds.analyst);
  });

  it('keeps the confirmation open with the error when removing fails, and removes on retry', async () => {
    const { user } = await renderRoute(paths.configuration.roleGroups);
    const remove = await screen.findByRole('button', { name: 'Remove Megan Bowen from Users' }, T);
    failNext('DELETE', '/api/role-groups/', 503);
    await user.click(remove);
    const dialog = await findOpenDialog('Remove Megan Bowen from Users?', { role: 'alertdialog' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove', hidden: true }));
    expect(
      await within(dialog).findByText('Megan Bowen wasn’t removed', {}, T),
    ).toBeInTheDocument();
    expect(membersOf('Users')).toContain(demoUserIds.analyst);

    await user.click(within(dialog).getByRole('button', { name: 'Remove', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull(), T);
    expect(membersOf('Users')).not.toContain(demoUserIds.analyst);
  });

  it('is read-only for a viewer, with a note saying who can change it', async () => {
    await renderRoute(paths.configuration.roleGroups, { as: 'viewer@contoso.com' });
    await screen.findByRole('table', { name: 'Members of Viewers' }, T);
    expect(screen.getByRole('note')).toHaveTextContent(
      /Only Administrators .* can add or remove members/,
    );
    expect(screen.queryByRole('button', { name: /^Add members/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).queryByRole('link', { name: 'Audit log' })).toBeNull();
  });

  it('shows the permission matrix with text, not colour only', async () => {
    await renderRoute(paths.configuration.roleGroups, { as: 'analyst@contoso.com' });
    const matrix = await screen.findByRole('table', { name: 'What each role group can do' }, T);
    const row = within(matrix).getByRole('row', { name: /^Delete instance/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Delete instance', 'Allowed', 'Not allowed', 'Not allowed']);
  });

  it('never offers an Administrator by membership to remove themselves', async () => {
    store.state.directory.groups
      .find((g) => g.displayName === 'Vigil contoso Administrators')!
      .memberIds.push(demoUserIds.analyst);
    await renderRoute(paths.configuration.roleGroups, {
      as: 'analyst@contoso.com',
      scenario: false,
    });
    const button = await screen.findByRole(
      'button',
      { name: 'Remove Megan Bowen from Administrators' },
      T,
    );
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByRole('button', { name: 'Remove Megan Bowen from Users' }),
    ).not.toHaveAttribute('aria-disabled');
  });
});
