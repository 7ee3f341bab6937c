import { Button } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from '@/components/errors/error-state';
import { CenteredCard } from '@/components/layout/centered-card';
import { useAuth } from '@/lib/auth/auth-provider';
import { DemoMenuSlot } from './demo-menu-slot';

/** Route-level error boundary: one failing page never blanks the portal. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const auth = useAuth();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <CenteredCard title="Page not found">
        <p>The page you asked for doesn’t exist.</p>
      </CenteredCard>
    );
  }
  return (
    <CenteredCard title="This page couldn’t load">
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
      <div style={{ display: 'flex', gap: 8 }}>
        <DemoMenuSlot />
        {auth.account && (
          <Button appearance="subtle" icon={<SignOutRegular />} onClick={() => void auth.signOut()}>
            Sign out
          </Button>
        )}
      </div>
    </CenteredCard>
  );
}
