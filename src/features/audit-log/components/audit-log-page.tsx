import { Button, makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import {
  FilterDismissRegular,
  HistoryRegular,
  LockClosedRegular,
  SearchRegular,
} from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { AUDIT_PAGE_SIZE, auditQuerySchema } from '@/api/contracts/audit';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { useSearchParamState } from '@/lib/url-state';
import { auditQueries } from '../api/audit-queries';
import {
  noAuditFilters,
  parseAuditFilters,
  serializeAuditFilters,
  toAuditQuery,
  type AuditFilters,
} from '../utils/audit-filters';
import { AuditEntryCard } from './audit-entry-card';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditPagination } from './audit-pagination';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    maxWidth: '1200px',
    paddingBottom: tokens.spacingVerticalXXL,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const header = (
  <PageHeader
    title="Audit log"
    description="Every configuration change made in this portal: who made it, when, on which page, and what each field was before and after. Secrets are never shown."
  />
);

/** Configuration → Admin → Audit log (Administrators only). Filters live in the URL. */
export function AuditLogPage({ canView }: { canView: boolean }) {
  const styles = useStyles();
  const [params, setParams] = useSearchParamState();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const query = useMemo(() => toAuditQuery(filters), [filters]);
  const validation = auditQuerySchema.safeParse(query);
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (!validation.success) {
    for (const issue of validation.error.issues) {
      const key = issue.path[0];
      if (key === 'from' || key === 'to') errors[key] = issue.message;
    }
  }
  const list = useQuery({
    ...auditQueries.list(query),
    enabled: canView && validation.success,
    // The route loader fetched with retries; when that failed, show the error and offer Retry.
    retryOnMount: false,
  });
  const change = useCallback(
    (next: Partial<AuditFilters>) =>
      setParams(serializeAuditFilters(next), { history: 'offset' in next ? 'push' : 'replace' }),
    [setParams],
  );

  if (!canView) {
    return (
      <div className={styles.root}>
        {header}
        <EmptyState icon={<LockClosedRegular />} title="Only Administrators can view the audit log">
          Members of the Administrators role group, and Global or Security Administrators of your
          directory, can see who changed the configuration.
        </EmptyState>
      </div>
    );
  }

  const data = list.data;
  const clear = (
    <Button icon={<FilterDismissRegular />} onClick={() => change(noAuditFilters)}>
      Clear filters
    </Button>
  );
  let body;
  if (!validation.success) {
    body = null;
  } else if (!data) {
    body = list.isError ? (
      <ErrorState
        error={list.error}
        title="The audit log couldn’t load"
        onRetry={() => void list.refetch()}
      />
    ) : (
      <Skeleton aria-label="Loading the audit log" className={styles.skeleton}>
        <SkeletonItem size={96} />
        <SkeletonItem size={96} />
        <SkeletonItem size={96} />
      </Skeleton>
    );
  } else if (data.pages.length === 0) {
    body = (
      <EmptyState icon={<HistoryRegular />} title="No configuration changes yet">
        Changes made on any configuration page — role groups, sensors, notifications and the rest —
        appear here with who made them and what changed.
      </EmptyState>
    );
  } else if (data.total === 0 || data.items.length === 0) {
    body = (
      <EmptyState icon={<SearchRegular />} title="No changes match these filters" action={clear}>
        Try another page, person or dates, or clear the filters to see every change.
      </EmptyState>
    );
  } else {
    body = (
      <>
        <AuditPagination
          offset={filters.offset}
          shown={data.items.length}
          total={data.total}
          pageSize={AUDIT_PAGE_SIZE}
          onOffset={(offset) => change({ ...filters, offset })}
        />
        <div className={styles.list}>
          {data.items.map((entry) => (
            <AuditEntryCard key={entry.id} entry={entry} />
          ))}
        </div>
        {data.total > AUDIT_PAGE_SIZE ? (
          <AuditPagination
            offset={filters.offset}
            shown={data.items.length}
            total={data.total}
            pageSize={AUDIT_PAGE_SIZE}
            onOffset={(offset) => change({ ...filters, offset })}
          />
        ) : null}
      </>
    );
  }

  return (
    <div className={styles.root}>
      {header}
      <AuditFilterBar filters={filters} options={data ?? null} errors={errors} onChange={change} />
      {body}
    </div>
  );
}
