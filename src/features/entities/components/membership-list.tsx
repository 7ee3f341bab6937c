import {
  Badge,
  Input,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { MembershipScope } from '@/api/contracts/entities';
import { EntityLink } from '@/components/domain/entity-link';
import { ErrorState } from '@/components/errors/error-state';
import { useSearchParamState } from '@/lib/url-state';
import { useRowWindow } from '@/lib/use-row-window';
import { entityQueries, MEMBERSHIP_PAGE_SIZE, type MembershipPage } from '../api/entity-queries';
import { ordinal } from '../utils/activity-view';

const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    marginBottom: tokens.spacingVerticalS,
    flexWrap: 'wrap',
  },
  search: { marginLeft: 'auto', width: '260px' },
  scroll: {
    maxHeight: '440px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) 56px minmax(0, 1.5fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  depth: { justifySelf: 'start' },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
});

type Row = MembershipPage['items'][number];

export interface MembershipListProps {
  /** Member of (an entity's groups) or Members (a group's members). */
  list: 'member-of' | 'members';
  entityId: string;
  /** What the list is called ("Member of", "Members"). */
  label: string;
}

/**
 * Member of / Members: direct or recursive (with the depth of each membership and the group it
 * comes through), searchable, virtualised and paged by the server (a user may have thousands of
 * memberships). Scope and search live in the URL.
 */
export function MembershipList({ list, entityId, label }: MembershipListProps) {
  const styles = useStyles();
  const [params, setParams] = useSearchParamState();
  const scope: MembershipScope = params.get('scope') === 'recursive' ? 'recursive' : 'direct';
  const q = params.get('q') ?? '';
  const first = useQuery(entityQueries.membershipRows(list, entityId, scope, q.trim(), 0));
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = first.data?.total ?? 0;
  const rows = useRowWindow({
    count: total,
    rowHeight: ROW_HEIGHT,
    scrollRef,
    overscan: 10,
    fallbackHeight: 440,
  });
  const firstPage = Math.floor(rows.start / MEMBERSHIP_PAGE_SIZE);
  const lastPage = Math.floor(Math.max(rows.start, rows.end - 1) / MEMBERSHIP_PAGE_SIZE);
  const pages = useQueries({
    queries: Array.from({ length: lastPage - firstPage + 1 }, (_, i) =>
      entityQueries.membershipRows(
        list,
        entityId,
        scope,
        q.trim(),
        (firstPage + i) * MEMBERSHIP_PAGE_SIZE,
      ),
    ),
  });
  const rowAt = (index: number): Row | undefined => {
    const pageIndex = Math.floor(index / MEMBERSHIP_PAGE_SIZE);
    const page = pages[pageIndex - firstPage]?.data;
    if (!page || page.offset !== pageIndex * MEMBERSHIP_PAGE_SIZE) return undefined;
    return page.items[index % MEMBERSHIP_PAGE_SIZE];
  };
  const counts = first.data;
  const noun = list === 'member-of' ? 'memberships' : 'members';

  return (
    <div>
      <div className={styles.toolbar} role="group" aria-label={`${label}: scope`}>
        <ToggleButton
          size="small"
          checked={scope === 'direct'}
          onClick={() => setParams({ scope: null })}
        >
          {`Direct ${noun}${counts ? ` (${counts.directCount.toLocaleString('en-US')})` : ''}`}
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={scope === 'recursive'}
          onClick={() => setParams({ scope: 'recursive' })}
        >
          {`Recursive ${noun}${counts ? ` (${counts.recursiveCount.toLocaleString('en-US')})` : ''}`}
        </ToggleButton>
        <Input
          className={styles.search}
          size="small"
          type="search"
          aria-label={`Search ${label.toLowerCase()}`}
          placeholder="Search by name"
          contentBefore={<SearchRegular aria-hidden />}
          value={q}
          onChange={(_, data) => setParams({ q: data.value })}
        />
      </div>
      {first.isError ? (
        <ErrorState
          error={first.error}
          onRetry={() => void first.refetch()}
          title={`${label} could not be loaded`}
        />
      ) : !counts ? (
        <Skeleton aria-label={`Loading ${label.toLowerCase()}`}>
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </Skeleton>
      ) : total === 0 ? (
        <Text as="p" className={styles.empty}>
          {q.trim()
            ? `No ${scope} ${noun} match “${q.trim()}”.`
            : list === 'member-of'
              ? `Not a member of any group${scope === 'recursive' ? ', directly or through nesting' : ''}.`
              : 'This group has no members.'}
        </Text>
      ) : (
        <div ref={scrollRef} className={styles.scroll}>
          <ul
            className={styles.list}
            aria-label={`${scope === 'direct' ? 'Direct' : 'Recursive'} ${noun}`}
            style={{ height: `${rows.totalHeight}px` }}
          >
            {rows.indexes.map((index) => {
              const row = rowAt(index);
              return (
                <li
                  key={row ? `${row.entity.id}-${index}` : `loading-${index}`}
                  className={styles.row}
                  aria-setsize={total}
                  aria-posinset={index + 1}
                  style={{ transform: `translateY(${rows.offsetOf(index)}px)` }}
                >
                  {row ? (
                    <>
                      <EntityLink entity={row.entity} icon />
                      <span className={styles.muted}>{row.entity.domain}</span>
                      <Badge
                        className={styles.depth}
                        appearance="outline"
                        size="small"
                        shape="rounded"
                        title={`Membership depth ${row.depth}`}
                      >
                        {ordinal(row.depth)}
                      </Badge>
                      <span className={styles.muted}>
                        {row.via ? (
                          <>
                            through <EntityLink entity={row.via} />
                          </>
                        ) : (
                          'Direct'
                        )}
                      </span>
                    </>
                  ) : (
                    <span className={styles.muted} aria-hidden>
                      Loading…
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
