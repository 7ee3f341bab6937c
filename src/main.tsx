import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { configureHttp } from '@/api/http';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import type { AuthSession } from '@/lib/auth/auth-session';
import { createMsalSession } from '@/lib/auth/msal-session';
import { loadDarkTheme } from '@/lib/dark-theme';
import { createQueryClient } from '@/lib/query-client';
import { resolvedThemeNow } from '@/lib/theme';
import { AppProvider } from './app/provider';
import { createRoutes, preloadRouteModules } from './app/router';

/**
 * Start-up: configuration → (demo builds) mock backend → MSAL (handles the redirect back from
 * sign-in) → render. The demo branch is statically removed from production builds. The modules of
 * the page asked for start downloading first, beside all of that.
 */
async function bootstrap(root: Root) {
  const queryClient = createQueryClient();
  let session: AuthSession | null = null;
  const routes = createRoutes({
    queryClient,
    auth: {
      get account() {
        return session?.account ?? null;
      },
    },
  });
  const mockIdentityPage =
    import.meta.env.VITE_DEMO === 'true' && window.location.pathname.startsWith('/_mock-idp/');
  if (!mockIdentityPage) preloadRouteModules(routes, window.location.pathname);
  // A page that opens dark waits for the dark theme (loading beside everything else), not a flash.
  const themeReady = resolvedThemeNow() === 'dark' ? loadDarkTheme() : null;

  if (import.meta.env.VITE_DEMO === 'true') {
    const { startMockBackend, store } = await import('../mocks/browser');
    await startMockBackend();
    if (mockIdentityPage) {
      const { MockIdentityPage } = await import('../mocks/identity/sign-in-page');
      root.render(<MockIdentityPage directory={store.state.directory} />);
      return;
    }
  }
  session = await createMsalSession(env);
  configureHttp({ baseUrl: env.apiBaseUrl, tokens: session });
  const router = createBrowserRouter(routes);
  await themeReady;
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
