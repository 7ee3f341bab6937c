import type { QueryClient } from '@tanstack/react-query';
import {
  matchRoutes,
  redirect,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router';
import type { Me } from '@/api/contracts/me';
import { landingPathFor, paths } from '@/config/paths';
import { meQueries } from '@/lib/auth/me-queries';
import type { AuthSession } from '@/lib/auth/auth-session';
import { PageLoading } from '@/components/layout/page-loading';
import { RouteError } from './routes/route-error';

/**
 * Filters, sort and the selected item live in the search params: changing only those must not
 * re-run the guards and prefetches. Explicit revalidation (Retry) and path changes still do.
 */
const skipOnSearchChange: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;

export interface RouterDeps {
  queryClient: QueryClient;
  /** Read when a guard runs, not before. */
  auth: Pick<AuthSession, 'account'>;
}

/**
 * The route tree. Guards are loaders: signed out → start page; no role → unauthorized; no
 * instance → welcome. Pages are lazy modules in ./routes.
 */
export function createRoutes({ queryClient, auth }: RouterDeps): RouteObject[] {
  const requireSignIn = () => {
    if (!auth.account) throw redirect(paths.signedOut);
  };
  const loadMe = async (): Promise<Me> => {
    requireSignIn();
    return queryClient.ensureQueryData(meQueries.current());
  };

  return [
    {
      id: 'root',
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        {
          path: paths.signedOut,
          loader: async () => {
            if (!auth.account) return null;
            const me = await loadMe().catch(() => null);
            return redirect(landingPathFor(me?.role ?? null));
          },
          lazy: () => import('./routes/signed-out'),
        },
        {
          path: paths.unauthorized,
          loader: async () => {
            const me = await loadMe();
            return me.role ? redirect(landingPathFor(me.role)) : null;
          },
          lazy: () => import('./routes/unauthorized'),
        },
        {
          path: paths.noInstance,
          loader: async () => {
            const me = await loadMe();
            // Everyone of a tenant without an instance sees the welcome page (non-admins learn who
            // can create it); once it exists, the usual guards apply.
            if (me.instance)
              return redirect(me.role ? landingPathFor(me.role) : paths.unauthorized);
            return null;
          },
          lazy: () => import('./routes/no-instance'),
        },
        {
          id: 'portal',
          loader: async () => {
            const me = await loadMe();
            if (!me.instance) return redirect(paths.noInstance);
            if (!me.role) return redirect(paths.unauthorized);
            return null;
          },
          lazy: () => import('./routes/portal-layout'),
          // Filters and sort live in the search params: changing them must not re-run the guards.
          shouldRevalidate: skipOnSearchChange,
          children: [
            {
              path: paths.home,
              lazy: async () => {
                const route = await import('./routes/home');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: paths.alerts,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/alerts/timeline');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: `${paths.alert('')}:alertId`,
              lazy: async () => {
                const route = await import('./routes/alerts/alert');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: paths.health,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/health');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: paths.reports,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/reports');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            // Demo builds only (statically false in production builds, so never bundled there).
            ...(import.meta.env.VITE_DEMO === 'true'
              ? [
                  {
                    path: paths.outbox,
                    shouldRevalidate: skipOnSearchChange,
                    lazy: async () => {
                      const route = await import('./routes/outbox');
                      return { Component: route.Component, loader: route.loader(queryClient) };
                    },
                  },
                ]
              : []),
            {
              path: paths.search,
              shouldRevalidate: skipOnSearchChange,
              lazy: () => import('./routes/search'),
            },
            // Entity profiles: the tab is the last segment (/users/:entityId/activities).
            {
              path: `${paths.user('')}:entityId/:tab?`,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/entities/user');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: `${paths.computer('')}:entityId/:tab?`,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/entities/computer');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: `${paths.group('')}:entityId/:tab?`,
              shouldRevalidate: skipOnSearchChange,
              lazy: async () => {
                const route = await import('./routes/entities/group');
                return { Component: route.Component, loader: route.loader(queryClient) };
              },
            },
            {
              path: paths.configuration.root,
              lazy: () => import('./routes/configuration/layout'),
              children: [
                { index: true, loader: () => redirect(paths.configuration.sensors) },
                {
                  path: paths.configuration.sensors,
                  shouldRevalidate: skipOnSearchChange,
                  lazy: async () => {
                    const route = await import('./routes/configuration/sensors');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.syslog,
                  lazy: async () => {
                    const route = await import('./routes/configuration/syslog');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.notifications,
                  lazy: async () => {
                    const route = await import('./routes/configuration/email-notifications');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.scheduledReports,
                  lazy: async () => {
                    const route = await import('./routes/configuration/scheduled-reports');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.entityTags,
                  lazy: async () => {
                    const route = await import('./routes/configuration/entity-tags');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.exclusions,
                  lazy: async () => {
                    const route = await import('./routes/configuration/exclusions');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.previewDetections,
                  lazy: async () => {
                    const route = await import('./routes/configuration/preview-detections');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.directoryServices,
                  lazy: async () => {
                    const route = await import('./routes/configuration/directory-services');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.vpn,
                  lazy: async () => {
                    const route = await import('./routes/configuration/vpn');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.defenderForEndpoint,
                  lazy: async () => {
                    const route = await import('./routes/configuration/defender-for-endpoint');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.deleteInstance,
                  lazy: () => import('./routes/configuration/delete-instance'),
                },
                {
                  path: paths.configuration.roleGroups,
                  lazy: async () => {
                    const route = await import('./routes/configuration/role-groups');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.moveFromAta,
                  lazy: async () => {
                    const route = await import('./routes/configuration/move-from-ata');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
                {
                  path: paths.configuration.auditLog,
                  shouldRevalidate: skipOnSearchChange,
                  lazy: async () => {
                    const route = await import('./routes/configuration/audit-log');
                    return { Component: route.Component, loader: route.loader(queryClient) };
                  },
                },
              ],
            },
          ],
        },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ];
}

/**
 * Starts downloading the route modules a URL matches (and, through Vite's preload helper, their
 * imports), so that they arrive while the mock backend and MSAL start rather than after. `lazy()`
 * only imports; React Router calls it again when it renders and gets the module at once. A module
 * that fails to load fails there, with the route's error page.
 */
export function preloadRouteModules(routes: RouteObject[], pathname: string) {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    if (typeof route.lazy === 'function') void Promise.resolve(route.lazy()).catch(() => {});
  }
}
