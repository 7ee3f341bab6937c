import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { exclusionQueries } from '../api/exclusion-queries';
import { ExclusionsForm } from './exclusions-form';

const useStyles = makeStyles({
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Configuration → Detection → Exclusions: the title, then the lists once they loaded. */
export function ExclusionsPage({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const lists = useQuery(exclusionQueries.lists());
  const header = (
    <PageHeader
      title="Exclusions"
      description="Entities, addresses, subnets and domains that don’t raise a detection’s alerts: per detection, or globally for every detection that can exclude them. An entry applies to alerts that start after it is added and before it expires; alerts raised before stay as they are."
    />
  );
  if (lists.isError && !lists.isFetching)
    return (
      <>
        {header}
        <ErrorState
          error={lists.error}
          title="Exclusions couldn’t load"
          onRetry={() => void lists.refetch()}
        />
      </>
    );
  if (!lists.data)
    return (
      <>
        {header}
        <Skeleton aria-label="Loading exclusions" className={styles.skeleton}>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <SkeletonItem key={i} size={32} />
          ))}
        </Skeleton>
      </>
    );
  return (
    <>
      {header}
      <ExclusionsForm canEdit={canEdit} />
    </>
  );
}
