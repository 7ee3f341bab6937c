import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PersonKeyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { CenteredCard } from '@/components/layout/centered-card';
import { useAuth } from '@/lib/auth/auth-provider';

const useStyles = makeStyles({
  points: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    lineHeight: tokens.lineHeightBase400,
  },
});

/** The signed-out start page. */
export function Component() {
  const auth = useAuth();
  const styles = useStyles();
  const [signingIn, setSigningIn] = useState(false);
  return (
    <CenteredCard title="Identity threat detection for your Active Directory">
      <Text>
        Vigil watches your domain controllers for reconnaissance, compromised credentials, lateral
        movement and domain dominance, and tells your security team what happened.
      </Text>
      <ul className={styles.points}>
        <li>Deploy sensors and watch their health</li>
        <li>Triage security alerts and investigate users, computers and groups</li>
        <li>Send alerts and health issues to your SIEM</li>
      </ul>
      <Button
        appearance="primary"
        size="large"
        icon={<PersonKeyRegular />}
        disabled={signingIn}
        onClick={() => {
          setSigningIn(true);
          void auth.signIn().catch(() => setSigningIn(false));
        }}
      >
        {signingIn ? 'Signing in…' : 'Sign in'}
      </Button>
      <Text size={200}>Sign in with your organization’s work account.</Text>
    </CenteredCard>
  );
}
