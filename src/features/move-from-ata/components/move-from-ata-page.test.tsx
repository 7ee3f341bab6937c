import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConfigurationDocument } from '@/api/contracts/configuration-transfer';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { givenDefenderForEndpoint } from '../../../../mocks/configure';
import { tenantIds } from '../../../../mocks/identity/directory';
import { store } from '../../../../mocks/store/store';
import { callApi } from '../../../../mocks/testing/api-client';

const checklist = () => screen.findByRole('list', { name: 'Post-install checklist' }, T);

/** The checklist item whose link reads `title`, and its Done / To do mark. */
async function item(title: RegExp) {
  const list = await checklist();
  const link = within(list).getByRole('link', { name: title });
  const row = link.closest('li');
  if (!row) throw new Error('checklist item outside a list item');
  return { link, state: within(row).getByText(/^(Done|To do)$/).textContent };
}

async function exported(): Promise<ConfigurationDocument> {
  return (await callApi('admin@contoso.com', endpoints.configurationExport))
    .body as ConfigurationDocument;
}

function file(content: unknown, name = 'contoso.json') {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return new File([text], name, { type: 'application/json' });
}

const contoso = () => store.state.tenants[tenantIds.contoso]!;

describe('Move from ATA', () => {
  it('ticks each checklist item from the instance’s state and links to its page', async () => {
    const first = await renderRoute(paths.configuration.moveFromAta);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Move from ATA' }, T),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(nav).getByRole('link', { name: 'Move from ATA' })).toBeInTheDocument();

    const items = within(await checklist()).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(await item(/Enter the directory service account details/)).toMatchObject({
      state: 'Done',
    });
    expect((await item(/Integrate VPN information/)).state).toBe('To do');
    const defender = await item(/Configure the Microsoft Defender for Endpoint integration/);
    expect(defender.state).toBe('To do');
    expect(defender.link).toHaveAttribute('href', paths.configuration.defenderForEndpoint);
    expect((await item(/Configure role-based permissions/)).state).toBe('Done');
    expect(screen.getByRole('list', { name: 'Validation' })).toHaveTextContent(
      /Review health issues/,
    );
    expect(
      screen.getAllByRole('list', { name: 'What to collect from ATA' })[0]!.children,
    ).toHaveLength(9);
    first.unmount();

    givenDefenderForEndpoint(true);
    await renderRoute(paths.configuration.moveFromAta, { scenario: false });
    const defenderItem = /Configure the Microsoft Defender for Endpoint integration/;
    await waitFor(async () => expect((await item(defenderItem)).state).toBe('Done'));
  });

  it('shows the file’s changes page by page, then imports them and the checklist follows', async () => {
    const doc = await exported();
    const changed = {
      ...doc,
      sections: {
        ...doc.sections,
        previewDetections: { enabled: false },
        defenderForEndpoint: { enabled: true },
      },
    };
    const { user } = await renderRoute(paths.configuration.moveFromAta);
    expect((await item(/Microsoft Defender for Endpoint/)).state).toBe('To do');
    await user.upload(screen.getByLabelText('Configuration file to import'), file(changed));

    const changes = await screen.findByRole('region', { name: 'Changes in contoso.json' }, T);
    const preview = within(changes).getByRole('table', { name: 'Changes to Preview detections' });
    expect(
      within(preview).getByRole('row', { name: /Show preview detections On Off/ }),
    ).toBeInTheDocument();
    expect(
      within(changes).getByRole('table', { name: 'Changes to Microsoft Defender for Endpoint' }),
    ).toBeInTheDocument();
    expect(
      within(changes).getByText(/Already the same here: .*Email notifications/),
    ).toBeInTheDocument();
    expect(contoso().config['preview-detections']?.value).not.toEqual({ enabled: false });

    await user.click(within(changes).getByRole('button', { name: 'Import changes to 2 pages' }));
    expect(await screen.findByText('contoso.json imported', {}, T)).toBeInTheDocument();
    expect(contoso().config['preview-detections']?.value).toEqual({ enabled: false });
    expect(
      await screen.findByText(
        /^Changed: Microsoft Defender for Endpoint, Preview detections/,
        {},
        T,
      ),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await item(/Microsoft Defender for Endpoint/)).state).toBe('Done'),
    );
  });

  it('names the line of every problem in a bad file and changes nothing', async () => {
    const doc = await exported();
    const { user } = await renderRoute(paths.configuration.moveFromAta);
    const input = await screen.findByLabelText('Configuration file to import', {}, T);

    await user.upload(
      input,
      file('{\n  "format": "vigil-configuration",\n  "sections" {}\n}', 'broken.json'),
    );
    const syntax = await screen.findByRole('list', { name: 'Problems in broken.json' }, T);
    expect(syntax).toHaveTextContent('Line 3, column 14: Expected ":" after the property name');

    const bad = {
      ...doc,
      sections: {
        ...doc.sections,
        previewDetections: { enabled: false },
        syslog: { ...(doc.sections.syslog as object), port: 70000 },
      },
    };
    await user.upload(input, file(bad, 'bad.json'));
    const problems = await screen.findByRole('list', { name: 'Problems in bad.json' }, T);
    const lines = JSON.stringify(bad, null, 2).split('\n');
    const portLine = lines.findIndex((l) => l.includes('"port": 70000')) + 1;
    expect(problems).toHaveTextContent(`Line ${portLine}, sections.syslog.port:`);
    expect(screen.queryByRole('button', { name: /Import changes/ })).toBeNull();
    expect(contoso().config['preview-detections']?.value).toEqual({ enabled: true });
  });

  it('lets Users export but not import, and Viewers neither', async () => {
    const analyst = await renderRoute(paths.configuration.moveFromAta, {
      as: 'analyst@contoso.com',
    });
    expect(
      await screen.findByRole('button', { name: 'Export configuration' }, T),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import configuration…' })).toBeNull();
    expect(screen.queryByLabelText('Configuration file to import')).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only Administrators can import a configuration.',
    );
    analyst.unmount();

    await renderRoute(paths.configuration.moveFromAta, { as: 'viewer@contoso.com' });
    expect(await checklist()).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export configuration' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import configuration…' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(/only Administrators can import one/);
  });
});
