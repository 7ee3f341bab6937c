import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { entityTagsResponseSchema, type EntityTags } from '@/api/contracts/entity-tags';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { givenScenario, givenSettingsSavedBy } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';
import { demoEntity } from '../../../../mocks/testing/demo-entities';

const path = endpoints.config('entity-tags');

async function openPage(as = 'admin@contoso.com', scenario?: false) {
  const view = await renderRoute(paths.configuration.entityTags, { as, scenario });
  await screen.findByRole('heading', { name: 'Entity tags', level: 1 }, { timeout: 5_000 });
  await screen.findByRole('button', { name: /^Sensitive accounts/ }, { timeout: 5_000 });
  return view;
}

async function stored() {
  return entityTagsResponseSchema.parse((await callApi('viewer@contoso.com', path)).body);
}

describe('Entity tags page', () => {
  it('shows the four sections with counts and the built-in groups with their members', async () => {
    await openPage();
    for (const name of ['Honeytoken', 'Sensitive accounts', 'Sensitive groups', 'Exchange servers'])
      expect(screen.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveTextContent(
        /0 (accounts|groups|servers)/,
      );
    const table = await screen.findByRole('table', { name: /Built-in sensitive groups/ });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('link', { name: /^Domain Admins/ }));
    expect(row).toBeDefined();
    expect(within(row!).getAllByRole('cell')[1]).toHaveTextContent('contoso.com');
  });

  it('adds an account by search and saves it (a User)', async () => {
    const { user } = await openPage('analyst@contoso.com');
    const box = screen.getByRole('combobox', { name: 'Add to Sensitive accounts' });
    await user.type(box, 'lidia.hol');
    await user.click(
      await screen.findByRole('option', { name: /Lidia Holloway/ }, { timeout: 5_000 }),
    );
    const list = screen.getByRole('list', { name: /^Sensitive accounts/ });
    expect(within(list).getByRole('link', { name: /Lidia Holloway/ })).toBeInTheDocument();
    expect(within(list).getByText('Added, not saved yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sensitive accounts/ })).toHaveTextContent(
      '1 account',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value.sensitiveAccounts.map((e) => e.id)).toEqual([
        demoEntity('lidia'),
      ]),
    );
    expect(await within(list).findByText(/^Tagged by Megan Bowen on/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('pastes many names and names each line it couldn’t add', async () => {
    const { user } = await openPage();
    const section = screen
      .getByRole('button', { name: /^Honeytoken/ })
      .closest('.fui-AccordionItem');
    await user.click(within(section as HTMLElement).getByRole('button', { name: 'Paste a list…' }));
    const dialog = await findOpenDialog('Paste a list into Honeytoken');
    const box = within(dialog).getByRole('textbox', { name: /Names, one a line/, hidden: true });
    await user.type(box, 'Vieno Mosley{Enter}nobody.at.all{Enter}Domain Admins{Enter}KIOSK07');
    await user.click(within(dialog).getByRole('button', { name: 'Add to list', hidden: true }));
    expect(await within(dialog).findByText('2 lines weren’t added:')).toBeInTheDocument();
    expect(
      within(dialog).getByText('No user, computer or group is called “nobody.at.all”'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('“Domain Admins” is a group; Honeytoken takes users and computers'),
    ).toBeInTheDocument();
    expect(box).toHaveValue('nobody.at.all\nDomain Admins');
    await user.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    await waitForDialogsClosed();
    const list = await screen.findByRole('list', { name: /^Honeytoken/ });
    expect(
      within(list)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([expect.stringContaining('Vieno Mosley'), expect.stringContaining('KIOSK07')]);
    await user.click(screen.getByRole('button', { name: 'Remove KIOSK07 from Honeytoken' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value.honeytokens.map((e) => e.name)).toEqual(['Vieno Mosley']),
    );
  });

  it('on a conflicting save, says who saved and keeps the additions on their version', async () => {
    const { user } = await openPage();
    await user.type(
      screen.getByRole('combobox', { name: 'Add to Sensitive accounts' }),
      'lidia.hol',
    );
    await user.click(
      await screen.findByRole('option', { name: /Lidia Holloway/ }, { timeout: 5_000 }),
    );
    // Megan Bowen tags a group meanwhile.
    givenSettingsSavedBy<EntityTags>('analyst@contoso.com', 'entity-tags', (value) => ({
      ...value,
      sensitiveGroups: [
        {
          id: demoEntity('Helpdesk'),
          kind: 'Group',
          name: 'Helpdesk',
          domain: 'contoso.com',
          taggedBy: 'Megan Bowen',
          taggedAt: new Date().toISOString(),
        },
      ],
    }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await findOpenDialog(/^Megan Bowen changed these settings at /, {
      role: 'alertdialog',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Reload and reapply my changes', hidden: true }),
    );
    await waitForDialogsClosed();
    expect(await screen.findByRole('button', { name: /^Sensitive groups/ })).toHaveTextContent(
      '1 group',
    );
    expect(screen.getByRole('button', { name: /^Sensitive accounts/ })).toHaveTextContent(
      '1 account',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { value } = await stored();
      expect(value.sensitiveAccounts.map((e) => e.name)).toEqual(['Lidia Holloway']);
      expect(value.sensitiveGroups.map((e) => e.name)).toEqual(['Helpdesk']);
    });
  });

  it('is read-only for viewers: no search, paste, remove or Save', async () => {
    await givenScenario('contoso');
    const etag = (await stored()).etag;
    await callApi('admin@contoso.com', path, {
      method: 'PUT',
      body: {
        honeytokens: [demoEntity('vieno')],
        sensitiveAccounts: [],
        sensitiveGroups: [],
        exchangeServers: [],
      },
      headers: { 'If-Match': etag },
    });
    await openPage('viewer@contoso.com', false);
    expect(
      screen.getByText('Only Administrators and Users can change entity tags.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Vieno Mosley/ })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Add to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Paste a list…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
