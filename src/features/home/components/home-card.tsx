import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { ErrorState } from '@/components/errors/error-state';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** One panel of Home: a titled card; a failing panel shows its own error and never blanks the page. */
export function HomeCard({
  title,
  action,
  query,
  children,
}: {
  title: string;
  action?: ReactNode;
  /** The panel's data: loading shows a skeleton, an error shows Retry. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.card} aria-labelledby={id}>
      <div className={styles.header}>
        <Text as="h2" id={id} size={500} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {action}
      </div>
      {query.isError ? (
        <ErrorState
          error={query.error}
          title={`${title} couldn’t load`}
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <Skeleton aria-label={`Loading ${title.toLowerCase()}`} className={styles.skeleton}>
          <SkeletonItem size={24} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </Skeleton>
      ) : (
        children
      )}
    </section>
  );
}
