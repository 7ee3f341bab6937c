import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { PersonQuestionMarkRegular } from '@fluentui/react-icons';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';

const useStyles = makeStyles({
  panel: {
    width: '320px',
    height: '520px',
    padding: tokens.spacingHorizontalXL,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalXL },
  main: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The profile's skeleton: the left panel and tab area where they will be, so nothing jumps. */
export function ProfileSkeleton() {
  const styles = useStyles();
  return (
    <div className={styles.row} aria-busy aria-label="Loading profile" role="status">
      <Skeleton className={styles.panel} aria-hidden>
        <SkeletonItem shape="circle" size={72} />
        <SkeletonItem size={24} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
      </Skeleton>
      <Skeleton className={styles.main} aria-hidden>
        <SkeletonItem size={32} style={{ width: '300px' }} />
        <SkeletonItem size={72} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
      </Skeleton>
    </div>
  );
}

/** An entity that doesn't exist (or belongs to another tenant: the service says the same). */
export function EntityNotFound({ kind }: { kind: string }) {
  return (
    <>
      <PageHeader title={`${kind} not found`} />
      <EmptyState
        icon={<PersonQuestionMarkRegular />}
        title="Nothing at this address"
        action={<RouterLink to={paths.search}>Search for an entity</RouterLink>}
        headingLevel={2}
      >
        No {kind.toLowerCase()} of your directory has this address. It may have been removed, or the
        link may be mistyped.
      </EmptyState>
    </>
  );
}
