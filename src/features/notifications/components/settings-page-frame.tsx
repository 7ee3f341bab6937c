import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
});

/** Title, then the loading skeleton, the error with Retry, or the form once the settings loaded. */
export function SettingsPageFrame({
  title,
  description,
  query,
  children,
}: {
  title: string;
  description: string;
  query: UseQueryResult<unknown, unknown>;
  children: ReactNode;
}) {
  const styles = useStyles();
  const header = <PageHeader title={title} description={description} />;
  if (query.isError && !query.isFetching) {
    return (
      <>
        {header}
        <ErrorState
          error={query.error}
          title={`${title} couldn’t load`}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }
  if (!query.data) {
    return (
      <>
        {header}
        <Skeleton aria-label={`Loading ${title.toLowerCase()}`} className={styles.skeleton}>
          {[0, 1, 2, 3].map((i) => (
            <SkeletonItem key={i} size={32} />
          ))}
        </Skeleton>
      </>
    );
  }
  return (
    <>
      {header}
      {children}
    </>
  );
}
