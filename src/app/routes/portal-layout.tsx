import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { HeaderSearch } from '@/features/entities/components/header-search';
import { healthQueries } from '@/features/health/api/health-queries';
import { meQueries } from '@/lib/auth/me-queries';
import { portalNavigation } from '../navigation';
import { HeaderActions } from './header-actions';

/** The signed-in portal: shell around every page that needs a role and an instance. */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  // The nav's badge: how many health issues are open (every role may view health).
  const { data: open } = useQuery({ ...healthQueries.list('Open'), refetchInterval: 60_000 });
  return (
    <AppShell
      instanceName={me.instance?.name ?? ''}
      nav={portalNavigation({ openHealthIssues: open?.counts.Open })}
      actions={<HeaderActions me={me} />}
      search={<HeaderSearch />}
    >
      <Outlet />
    </AppShell>
  );
}
