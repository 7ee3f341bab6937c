import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { defenderQueries } from '../api/defender-queries';
import { DefenderForm } from './defender-form';
import { DefenderStatusPanel } from './defender-status-panel';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
});

export interface DefenderPageProps {
  /** Has the data-sources permission and the Global or Security Administrator directory role. */
  canEdit: boolean;
  tenantName: string;
  /** An Administrator through the role group only: told that the role group isn't enough. */
  isRoleGroupAdministrator: boolean;
}

/** Configuration → Data sources → Microsoft Defender for Endpoint. */
export function DefenderPage({ canEdit, tenantName, isRoleGroupAdministrator }: DefenderPageProps) {
  const styles = useStyles();
  const settings = useQuery(defenderQueries.settings());
  const readOnlyNote = `Only Global Administrators and Security Administrators of ${tenantName} can turn the Microsoft Defender for Endpoint integration on or off.${
    isRoleGroupAdministrator ? ' Membership of the Administrators role group isn’t enough.' : ''
  }`;

  return (
    <>
      <PageHeader
        title="Microsoft Defender for Endpoint"
        description="With the integration on, users and computers Defender for Endpoint knows show its badge and open alert count on their profiles, with links to Defender for Endpoint. Only on-premises Active Directory users and computers are matched."
      />
      <DefenderStatusPanel />
      {settings.data ? (
        <DefenderForm canEdit={canEdit} readOnlyNote={readOnlyNote} />
      ) : settings.isError && !settings.isFetching ? (
        <ErrorState
          error={settings.error}
          title="The integration setting couldn’t load"
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <Skeleton aria-label="Loading the integration setting" className={styles.skeleton}>
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      )}
    </>
  );
}
