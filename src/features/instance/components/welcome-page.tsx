import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, SignOutRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '@/api/contracts/me';
import { ErrorState } from '@/components/errors/error-state';
import { CenteredCard } from '@/components/layout/centered-card';
import { paths } from '@/config/paths';
import { instanceQueries } from '../api/instance-queries';
import { useCreateInstance } from '../api/use-create-instance';
import { CreationProgress, creationSteps } from './creation-progress';
import { InstancePlanDetails } from './instance-plan-details';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** After "Your instance is ready", how long before Home opens. */
const READY_PAUSE_MS = 900;

/**
 * The welcome page of a tenant without an instance: what creating it does (name, permanent data
 * region, role groups), Create instance for directory administrators, and who can for anyone else.
 */
export function WelcomePage({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const plan = useQuery(instanceQueries.plan());
  const create = useCreateInstance();

  useEffect(() => {
    if (!create.isSuccess) return;
    const timer = setTimeout(() => void navigate(paths.home, { replace: true }), READY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [create.isSuccess, navigate]);

  const signOut = (
    <Button icon={<SignOutRegular />} onClick={onSignOut}>
      Sign out
    </Button>
  );

  if (create.isPending || create.isSuccess) {
    const data = plan.data;
    return (
      <CenteredCard title="Creating your instance">
        <CreationProgress
          steps={creationSteps(data?.name ?? 'instance', data?.region ?? 'your region')}
          finished={create.isSuccess}
        />
      </CenteredCard>
    );
  }

  return (
    <CenteredCard title="Welcome to Vigil">
      <Text>
        Hello {me.user.displayName}. You’re about to create {me.tenant.name}’s instance of Vigil:
        the service that watches your domain controllers through sensors and alerts you to identity
        attacks.
      </Text>
      {plan.data ? (
        <InstancePlanDetails plan={plan.data} />
      ) : plan.isError ? (
        <ErrorState
          error={plan.error}
          title="Instance details couldn’t load"
          onRetry={() => void plan.refetch()}
        />
      ) : (
        <Spinner size="small" label="Loading instance details…" />
      )}
      {create.isError ? (
        <ErrorState error={create.error} title="The instance wasn’t created" />
      ) : null}
      {plan.data && !plan.data.canCreate ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You can’t create the instance</MessageBarTitle>
            {plan.data.whoCanCreate}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        {plan.data?.canCreate ? (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => create.mutate()}>
            Create instance
          </Button>
        ) : null}
        {signOut}
      </div>
    </CenteredCard>
  );
}
