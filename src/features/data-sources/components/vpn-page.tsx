import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { RADIUS_ACCOUNTING_PORT } from '@/api/contracts/vpn';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { vpnQueries } from '../api/vpn-queries';
import { VpnForm } from './vpn-form';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
});

/** Configuration → Data sources → VPN. */
export function VpnPage({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const settings = useQuery(vpnQueries.settings());
  const header = (
    <PageHeader
      title="VPN"
      description={`Add VPN connections and their locations to user profiles and activities: your VPN server sends RADIUS accounting (RFC 2866) to the sensors on UDP port ${RADIUS_ACCOUNTING_PORT}.`}
    />
  );

  if (settings.data) {
    return (
      <>
        {header}
        <VpnForm canEdit={canEdit} />
      </>
    );
  }
  return (
    <>
      {header}
      {settings.isError && !settings.isFetching ? (
        <ErrorState
          error={settings.error}
          title="VPN settings couldn’t load"
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <Skeleton aria-label="Loading VPN settings" className={styles.skeleton}>
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
          <SkeletonItem size={48} />
        </Skeleton>
      )}
    </>
  );
}
