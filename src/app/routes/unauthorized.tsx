import { Button, Text } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useSuspenseQuery } from '@tanstack/react-query';
import { CenteredCard } from '@/components/layout/centered-card';
import { useAuth } from '@/lib/auth/auth-provider';
import { meQueries } from '@/lib/auth/me-queries';

/** Signed in, but in none of the instance's role groups. Nothing else is reachable. */
export function Component() {
  const auth = useAuth();
  const { data: me } = useSuspenseQuery(meQueries.current());
  return (
    <CenteredCard title="You don’t have access to Vigil">
      <Text>
        You’re signed in as <strong>{me.user.displayName}</strong> ({me.user.upn}), but your account
        isn’t a member of any of the {me.tenant.name} instance’s role groups (Administrators, Users
        or Viewers).
      </Text>
      <Text>
        Ask a Global Administrator or Security Administrator of your organization, or a member of
        the Administrators role group, to add you to the right group. The change applies the next
        time you open the portal.
      </Text>
      <Button icon={<SignOutRegular />} onClick={() => void auth.signOut()}>
        Sign out
      </Button>
    </CenteredCard>
  );
}
