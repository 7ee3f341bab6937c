import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  directoryAccountsResponseSchema,
  MAX_DIRECTORY_ACCOUNTS,
} from '@/api/contracts/directory-services';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { callApi } from '../../../../mocks/testing/api-client';

const T = { timeout: 5_000 };

async function openPage(as = 'admin@contoso.com') {
  const view = await renderRoute(paths.configuration.directoryServices, { as });
  await screen.findByRole('table', { name: 'Directory service accounts' }, T);
  return view;
}

async function stored() {
  return directoryAccountsResponseSchema.parse(
    (await callApi('admin@contoso.com', endpoints.directoryServices)).body,
  );
}

describe('Directory services page', () => {
  it('keeps what was typed when a gMSA lacks $, then adds it once corrected', async () => {
    const { user } = await openPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Directory services' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Directory service accounts' });
    expect(within(table).getByText('contoso.com\\svc-vigil')).toBeInTheDocument();
    expect(within(table).getByText(/^set/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    const dialog = await findOpenDialog('Add directory service account');
    await user.click(
      within(dialog).getByRole('radio', { name: 'Group managed service account (gMSA)' }),
    );
    expect(within(dialog).queryByLabelText(/password/i, { selector: 'input' })).toBeNull();
    await user.type(within(dialog).getByRole('textbox', { name: 'Account name' }), 'svc-gmsa');
    await user.type(within(dialog).getByRole('textbox', { name: 'Domain' }), 'emea.contoso.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(
      await within(dialog).findByText('A gMSA account name ends with $, such as svc-vigil$'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Account name' })).toHaveValue('svc-gmsa');
    expect(within(dialog).getByRole('textbox', { name: 'Domain' })).toHaveValue('emea.contoso.com');

    await user.type(within(dialog).getByRole('textbox', { name: 'Account name' }), '$');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), T);
    expect(await screen.findByText('emea.contoso.com\\svc-gmsa$', {}, T)).toBeInTheDocument();
    expect(screen.getByText(`2 of ${MAX_DIRECTORY_ACCOUNTS} accounts`)).toBeInTheDocument();
    expect((await stored()).value.accounts.map((a) => a.accountName)).toEqual([
      'svc-vigil',
      'svc-gmsa$',
    ]);
  });

  it('shows the backend’s duplicate refusal on the field and its limit refusal on the form', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    let dialog = await findOpenDialog('Add directory service account');
    await user.type(within(dialog).getByRole('textbox', { name: 'Account name' }), 'SVC-VIGIL');
    await user.type(within(dialog).getByRole('textbox', { name: 'Domain' }), 'contoso.com');
    await user.type(within(dialog).getByLabelText(/^Password/, { selector: 'input' }), 'pw-123456');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await within(dialog).findByText('contoso.com\\svc-vigil is already in the list', {}, T),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    // Fill up to the limit through the API, then try one more in the UI.
    let { etag } = await stored();
    for (let i = 1; i < MAX_DIRECTORY_ACCOUNTS; i++) {
      const response = await callApi('admin@contoso.com', endpoints.directoryServices, {
        method: 'POST',
        body: { kind: 'gMSA', accountName: `gmsa${i}$`, domain: 'contoso.com' },
        headers: { 'If-Match': etag },
      });
      etag = directoryAccountsResponseSchema.parse(response.body).etag;
    }
    await user.click(await screen.findByRole('button', { name: 'Add credentials' }, T));
    dialog = await findOpenDialog('Add directory service account');
    await user.click(
      within(dialog).getByRole('radio', { name: 'Group managed service account (gMSA)' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Account name' }), 'one-more$');
    await user.type(within(dialog).getByRole('textbox', { name: 'Domain' }), 'contoso.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    // The page's list was older: the first answer is a conflict; the latest list, then the limit.
    const conflict = await within(dialog).findByRole('button', { name: 'Use the latest list' }, T);
    await user.click(conflict);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await within(dialog).findByText(
        /An instance holds at most 30 directory service accounts/,
        {},
        T,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Account name' })).toHaveValue('one-more$');
  });

  it('shows analysts the list read-only', async () => {
    await openPage('analyst@contoso.com');
    expect(
      screen.getByText('Only Administrators can add, change or remove directory service accounts.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add credentials' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.getByText('contoso.com\\svc-vigil')).toBeInTheDocument();
  });

  it('edits an account: the password shows as set, Change replaces it, and removes one', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Edit contoso.com\\svc-vigil' }));
    const dialog = await findOpenDialog('Edit contoso.com\\svc-vigil');
    expect(within(dialog).getByText(/^Password: set/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/password/i, { selector: 'input' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    await user.type(
      within(dialog).getByLabelText(/^New password/, { selector: 'input' }),
      'N3w-Passw0rd!',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), T);
    expect(document.body.innerHTML).not.toContain('N3w-Passw0rd!');

    await user.click(
      await screen.findByRole('button', { name: 'Remove contoso.com\\svc-vigil' }, T),
    );
    const confirm = await findOpenDialog('Remove contoso.com\\svc-vigil?', { role: 'alertdialog' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('No directory service account yet', {}, T)).toBeInTheDocument();
  });
});
