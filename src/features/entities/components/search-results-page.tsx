import {
  makeStyles,
  mergeClasses,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { searchFilterSchema, type SearchFilter, type SearchHit } from '@/api/contracts/entities';
import { DefenderBadge } from '@/components/domain/defender-badge';
import { EntityIcon } from '@/components/domain/entity-icon';
import { EntityLink } from '@/components/domain/entity-link';
import { EntityTags } from '@/components/domain/entity-tags';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { useRowWindow } from '@/lib/use-row-window';
import { entityQueries, SEARCH_PAGE_SIZE } from '../api/entity-queries';
import { resultCount } from '../utils/search-keys';

export const RESULT_ROW_HEIGHT = 56;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  query: { unicodeBidi: 'isolate' },
  total: { color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalL },
  body: { display: 'flex', gap: tokens.spacingHorizontalXL, flexGrow: 1, minHeight: 0 },
  filters: { width: '220px', flexShrink: 0 },
  filterList: { listStyleType: 'none', margin: 0, padding: 0 },
  filter: {
    display: 'flex',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  filterCurrent: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  scroll: {
    flexGrow: 1,
    minHeight: '240px',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: `${RESULT_ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 2fr) minmax(0, 1.5fr) 320px',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  nameText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    unicodeBidi: 'isolate',
  },
  badges: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'flex-end',
  },
});

function ResultRow({ hit }: { hit: SearchHit }) {
  const styles = useStyles();
  return (
    <>
      <span className={styles.name}>
        <EntityIcon entity={hit} />
        <span className={styles.nameText}>
          <EntityLink entity={hit} />
          <span className={styles.muted}>{hit.domain}</span>
        </span>
      </span>
      <span className={styles.muted} dir="auto" title={hit.secondary}>
        {hit.secondary}
      </span>
      <span className={styles.muted} dir="auto" title={hit.detail}>
        {hit.detail}
      </span>
      <span className={styles.badges}>
        <EntityTags tags={hit.tags} />
        <DefenderBadge badge={hit.defender} />
      </span>
    </>
  );
}

function RowSkeleton() {
  return (
    <Skeleton aria-hidden style={{ gridColumn: '1 / -1' }}>
      <SkeletonItem size={16} style={{ width: '40%' }} />
    </Skeleton>
  );
}

function ResultList({ q, filter, total }: { q: string; filter: SearchFilter; total: number }) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRowWindow({ count: total, rowHeight: RESULT_ROW_HEIGHT, scrollRef, overscan: 8 });
  // The pages of 100 that hold the rows in view: loaded as the user scrolls to them.
  const firstPage = Math.floor(rows.start / SEARCH_PAGE_SIZE);
  const lastPage = Math.floor(Math.max(rows.start, rows.end - 1) / SEARCH_PAGE_SIZE);
  const pageNumbers = Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i);
  const pages = useQueries({
    queries: pageNumbers.map((page) =>
      entityQueries.search(q, filter, page * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE),
    ),
  });
  const hitAt = (index: number): SearchHit | undefined => {
    const page = Math.floor(index / SEARCH_PAGE_SIZE) - firstPage;
    const data = pages[page]?.data;
    return data && data.offset === (firstPage + page) * SEARCH_PAGE_SIZE
      ? data.items[index % SEARCH_PAGE_SIZE]
      : undefined;
  };
  return (
    <div ref={scrollRef} className={styles.scroll}>
      <ul
        className={styles.list}
        aria-label={`Search results for ${q}`}
        style={{ height: `${rows.totalHeight}px` }}
      >
        {rows.indexes.map((index) => {
          const hit = hitAt(index);
          return (
            <li
              key={hit?.id ?? `loading-${index}`}
              className={styles.row}
              aria-setsize={total}
              aria-posinset={index + 1}
              aria-busy={hit ? undefined : true}
              style={{ transform: `translateY(${rows.offsetOf(index)}px)` }}
            >
              {hit ? <ResultRow hit={hit} /> : <RowSkeleton />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FilterList({
  q,
  current,
  counts,
}: {
  q: string;
  current: SearchFilter;
  counts: Record<SearchFilter, number> | undefined;
}) {
  const styles = useStyles();
  return (
    <nav aria-label="Filter results" className={styles.filters}>
      <ul className={styles.filterList}>
        {searchFilterSchema.options.map((filter) => {
          const to = `${paths.search}?q=${encodeURIComponent(q)}${filter === 'All' ? '' : `&filter=${encodeURIComponent(filter)}`}`;
          const selected = filter === current;
          const count = counts?.[filter];
          return (
            <li key={filter}>
              <RouterLink
                to={to}
                className={mergeClasses(styles.filter, selected && styles.filterCurrent)}
                current={selected}
              >
                <span>{filter}</span>
                <span>{count === undefined ? '' : count.toLocaleString('en-US')}</span>
              </RouterLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Search results (`/search?q=&filter=`): filters with counts, and every hit in a virtual list. */
export function SearchResultsPage() {
  const styles = useStyles();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const parsedFilter = searchFilterSchema.safeParse(params.get('filter') ?? 'All');
  const filter = parsedFilter.success ? parsedFilter.data : 'All';
  const first = useQuery({
    ...entityQueries.search(q, filter, 0, SEARCH_PAGE_SIZE),
    placeholderData: undefined,
  });

  if (!q) {
    return (
      <div className={styles.root}>
        <PageHeader title="Search" />
        <EmptyState icon={<SearchRegular />} title="Search for users, computers and groups">
          Type a name, SAM name, UPN or DNS name in the search box at the top of the page (press /
          to go there).
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        Search results for “<bdi className={styles.query}>{q}</bdi>”
      </Text>
      <Text className={styles.total} role="status">
        {first.data ? resultCount(first.data.total) : first.isError ? '' : 'Searching…'}
      </Text>
      <div className={styles.body}>
        <FilterList q={q} current={filter} counts={first.data?.counts} />
        {first.isError ? (
          <ErrorState
            error={first.error}
            onRetry={() => void first.refetch()}
            title="The search failed"
          />
        ) : !first.data ? (
          <div className={styles.scroll} aria-busy>
            <ul className={styles.list} aria-label="Loading results">
              {Array.from({ length: 8 }, (_, i) => (
                <li
                  key={i}
                  className={styles.row}
                  style={{ transform: `translateY(${i * RESULT_ROW_HEIGHT}px)` }}
                >
                  <RowSkeleton />
                </li>
              ))}
            </ul>
          </div>
        ) : first.data.total === 0 ? (
          <EmptyState
            icon={<SearchRegular />}
            title={`No ${filter === 'All' ? 'results' : filter.toLowerCase()} match`}
          >
            Nothing matches “{q}” by name, SAM name, UPN or DNS name. Check the spelling, or search
            for the start of a word.
          </EmptyState>
        ) : (
          <ResultList key={`${q}|${filter}`} q={q} filter={filter} total={first.data.total} />
        )}
      </div>
    </div>
  );
}
