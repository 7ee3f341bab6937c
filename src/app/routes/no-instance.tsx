import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useSuspenseQuery } from '@tanstack/react-query';
import { CenteredCard } from '@/components/layout/centered-card';
import { useAuth } from '@/lib/auth/auth-provider';
import { meQueries } from '@/lib/auth/me-queries';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, lineHeight: tokens.lineHeightBase400 },
});

/** The tenant has no instance yet. Creating one comes with instance creation. */
export function Component() {
  const auth = useAuth();
  const styles = useStyles();
  const { data: me } = useSuspenseQuery(meQueries.current());
  const name = me.tenant.initialDomain.split('.')[0] ?? me.tenant.name.toLowerCase();
  return (
    <CenteredCard title={`${me.tenant.name} has no Vigil instance yet`}>
      <Text>
        Before sensors can watch your domain controllers, your organization needs an instance of
        Vigil. Creating it will:
      </Text>
      <ul className={styles.steps}>
        <li>
          name the instance <strong>{name}</strong>, after your tenant’s initial domain{' '}
          {me.tenant.initialDomain};
        </li>
        <li>store its data in the region closest to your tenant — this can’t be moved later;</li>
        <li>
          create three role groups in your directory — Vigil {name} Administrators, Users and Viewers
          — to control who can do what.
        </li>
      </ul>
      <Text>
        Only a Global Administrator or Security Administrator can create the instance. Instance
        creation isn’t available in this version of the portal yet.
      </Text>
      <Button icon={<SignOutRegular />} onClick={() => void auth.signOut()}>
        Sign out
      </Button>
    </CenteredCard>
  );
}
