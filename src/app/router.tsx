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

interface PageModule {
  Component: NonNullable<RouteObject['Component']>;
  loader: (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
}

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
  /** A page module: its component, and its loader given the query client. */
  const page =
    (load: () => Promise<PageModule>): (() => Promise<Pick<RouteObject, 'Component' | 'loader'>>) =>
    async () => {
      const route = await load();
      return { Component: route.Component, loader: route.loader(queryClient) };
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
              lazy: page(() => import('./routes/home')),
            },
            {
              path: paths.alerts,
              shouldRevalidate: skipOnSearchChange,
              lazy: page(() => import('./routes/alerts/timeline')),
            },
            {
              path: `${paths.alert('')}:alertId`,
              lazy: page(() => import('./routes/alerts/alert')),
            },
            {
              path: paths.health,
              shouldRevalidate: skipOnSearchChange,
              lazy: page(() => import('./routes/health')),
            },
            {
              path: paths.reports,
              shouldRevalidate: skipOnSearchChange,
              lazy: page(() => import('./routes/reports')),
            },
            // Demo builds only (statically false in production builds, so never bundled there).
            ...(import.meta.env.VITE_DEMO === 'true'
              ? [
                  {
                    path: paths.outbox,
                    shouldRevalidate: skipOnSearchChange,
                    lazy: page(() => import('./routes/outbox')),
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
              lazy: page(() => import('./routes/entities/user')),
            },
            {
              path: `${paths.computer('')}:entityId/:tab?`,
              shouldRevalidate: skipOnSearchChange,
              lazy: page(() => import('./routes/entities/computer')),
            },
            {
              path: `${paths.group('')}:entityId/:tab?`,
              shouldRevalidate: skipOnSearchChange,
              lazy: page(() => import('./routes/entities/group')),
            },
            {
              path: paths.configuration.root,
              lazy: () => import('./routes/configuration/layout'),
              children: [
                { index: true, loader: () => redirect(paths.configuration.sensors) },
                {
                  path: paths.configuration.sensors,
                  shouldRevalidate: skipOnSearchChange,
                  lazy: page(() => import('./routes/configuration/sensors')),
                },
                {
                  path: paths.configuration.syslog,
                  lazy: page(() => import('./routes/configuration/syslog')),
                },
                {
                  path: paths.configuration.notifications,
                  lazy: page(() => import('./routes/configuration/email-notifications')),
                },
                {
                  path: paths.configuration.scheduledReports,
                  lazy: page(() => import('./routes/configuration/scheduled-reports')),
                },
                {
                  path: paths.configuration.entityTags,
                  lazy: page(() => import('./routes/configuration/entity-tags')),
                },
                {
                  path: paths.configuration.exclusions,
                  lazy: page(() => import('./routes/configuration/exclusions')),
                },
                {
                  path: paths.configuration.previewDetections,
                  lazy: page(() => import('./routes/configuration/preview-detections')),
                },
                {
                  path: paths.configuration.directoryServices,
                  lazy: page(() => import('./routes/configuration/directory-services')),
                },
                {
                  path: paths.configuration.vpn,
                  lazy: page(() => import('./routes/configuration/vpn')),
                },
                {
                  path: paths.configuration.defenderForEndpoint,
                  lazy: page(() => import('./routes/configuration/defender-for-endpoint')),
                },
                {
                  path: paths.configuration.deleteInstance,
                  lazy: () => import('./routes/configuration/delete-instance'),
                },
                {
                  path: paths.configuration.roleGroups,
                  lazy: page(() => import('./routes/configuration/role-groups')),
                },
                {
                  path: paths.configuration.moveFromAta,
                  lazy: page(() => import('./routes/configuration/move-from-ata')),
                },
                {
                  path: paths.configuration.auditLog,
                  shouldRevalidate: skipOnSearchChange,
                  lazy: page(() => import('./routes/configuration/audit-log')),
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
