import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { givenScenario } from '../../../../mocks/configure';
import { demoAlert } from '../../../../mocks/testing/demo-alerts';
import { demoEntity } from '../../../../mocks/testing/demo-entities';

describe('Alerts on entity profiles', () => {
  it('counts the open alerts and lists them among the activities, linked to the alert page', async () => {
    await givenScenario('active-attack');
    const sisanda = demoEntity('sisanda');
    const dcsync = demoAlert('dcsync');
    const { user, router } = await renderRoute(paths.user(sisanda), {
      scenario: false,
      as: 'analyst@contoso.com',
    });
    expect(await screen.findByText(/^[1-9]\d* open alerts?$/, {}, T)).toBeInTheDocument();
    const activities = await screen.findByRole('list', { name: 'Activities' }, T);
    const line = await within(activities).findByRole(
      'link',
      { name: 'Security alert: Suspected DCSync attack (replication of directory services)' },
      T,
    );
    await user.click(line);
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.alert(dcsync)), T);
  });
});
