import { useSuspenseQuery } from '@tanstack/react-query';
import { WelcomePage } from '@/features/instance/components/welcome-page';
import { useAuth } from '@/lib/auth/auth-provider';
import { meQueries } from '@/lib/auth/me-queries';

/** The tenant has no instance yet: the welcome page, where a directory administrator creates it. */
export function Component() {
  const auth = useAuth();
  const { data: me } = useSuspenseQuery(meQueries.current());
  return <WelcomePage me={me} onSignOut={() => void auth.signOut()} />;
}
