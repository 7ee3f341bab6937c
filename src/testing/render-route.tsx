import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ScenarioName } from '@/api/contracts/vocabulary';
import { configureHttp } from '@/api/http';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { givenScenario } from '../../mocks/configure';
import { store } from '../../mocks/store/store';
import { createSignedOutTestSession, createTestAuthSession } from './test-auth';

export const TEST_ORIGIN = 'http://localhost:3000';

/**
 * Renders the real route tree at `path`, signed in as `as` (a demo UPN, or null for signed out),
 * against the MSW node server. The scenario is reset first unless `scenario: false`.
 */
export async function renderRoute(
  path: string,
  options: { as?: string | null; scenario?: ScenarioName | false } = {},
) {
  if (options.scenario !== false) await givenScenario(options.scenario ?? 'contoso');
  const upn = options.as === undefined ? 'admin@contoso.com' : options.as;
  const session =
    upn === null
      ? createSignedOutTestSession()
      : await createTestAuthSession(upn, store.state.directory);
  configureHttp({ baseUrl: TEST_ORIGIN, tokens: upn === null ? null : session });
  const queryClient = createQueryClient({ retryDelayMs: 1 });
  const router = createMemoryRouter(createRoutes({ queryClient, auth: session }), {
    initialEntries: [path],
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} session={session}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient, session };
}
