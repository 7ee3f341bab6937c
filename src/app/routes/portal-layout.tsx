import { useSuspenseQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { meQueries } from '@/lib/auth/me-queries';
import { portalNavigation } from '../navigation';
import { HeaderActions } from './header-actions';

/** The signed-in portal: shell around every page that needs a role and an instance. */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  return (
    <AppShell
      instanceName={me.instance?.name ?? ''}
      nav={portalNavigation()}
      actions={<HeaderActions me={me} />}
    >
      <Outlet />
    </AppShell>
  );
}
