import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { endpoints } from '@/api/endpoints';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { callApi } from '../../../../mocks/testing/api-client';
import { givenScenario } from '../../../../mocks/configure';

describe('Outbox', () => {
  it('says how to get something sent while nothing was', async () => {
    await renderRoute(paths.outbox, { as: 'viewer@contoso.com' });
    expect(await screen.findByRole('heading', { name: 'Nothing sent yet' }, T)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Email notifications' })).toHaveAttribute(
      'href',
      paths.configuration.notifications,
    );
    expect(screen.getByRole('link', { name: 'Syslog notifications' })).toBeInTheDocument();
  });

  it('lists what was sent, newest first, and filters by channel', async () => {
    await givenScenario('active-attack');
    await callApi(null, endpoints.demo.advance, { method: 'POST', body: { minutes: 30 } });
    const { user } = await renderRoute(paths.outbox, { scenario: false });
    const table = await screen.findByRole('table', { name: 'Messages sent' }, T);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('soc@contoso.com');
    expect(rows[0]).toHaveTextContent('New security alert');

    await user.click(screen.getByRole('tab', { name: 'Syslog' }));
    expect(
      await screen.findByRole('heading', { name: 'No Syslog messages sent yet' }, T),
    ).toBeVisible();
  });
});
