import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { configureHttp } from '@/api/http';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { createMsalSession } from '@/lib/auth/msal-session';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './app/provider';
import { createRoutes } from './app/router';

/**
 * Start-up: configuration → (demo builds) mock backend → MSAL (handles the redirect back from
 * sign-in) → render. The demo branch is statically removed from production builds.
 */
async function bootstrap(root: Root) {
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startMockBackend, store } = await import('../mocks/browser');
    await startMockBackend();
    if (window.location.pathname.startsWith('/_mock-idp/')) {
      const { MockIdentityPage } = await import('../mocks/identity/sign-in-page');
      root.render(<MockIdentityPage directory={store.state.directory} />);
      return;
    }
  }
  const session = await createMsalSession(env);
  configureHttp({ baseUrl: env.apiBaseUrl, tokens: session });
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes({ queryClient, auth: session }));
  root.render(
    <StrictMode>
      <AppProvider queryClient={queryClient} session={session}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
bootstrap(root).catch((error: unknown) => {
  console.error(error);
  root.render(
    <main style={{ padding: 40, fontFamily: 'Segoe UI, sans-serif' }}>
      <h1>Vigil couldn’t start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <a href={paths.signedOut}>Try again</a>
      </p>
    </main>,
  );
});
