import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { EntityProfile } from '@/api/contracts/entities';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { EntityName } from '@/components/domain/entity-name';
import { entityPath } from '@/components/domain/entity-path';
import { ErrorState } from '@/components/errors/error-state';
import type { PathsGraphNode } from '@/components/graph/types';
import { RouterLink } from '@/components/ui/router-link';
import { useSearchParamState } from '@/lib/url-state';
import { entityQueries, queryString } from '../../api/entity-queries';
import { formatDay, PathsHeader } from './paths-header';
import { lookupOf, PathsTable } from './paths-table';
import { PlainLink, useInAppLinks, usePlainLinkStyles } from './plain-links';

// The graph library loads with the tab, never before.
const PathsGraph = lazy(() => import('@/components/graph/paths-graph'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  graph: { height: '560px', flexShrink: 0 },
  empty: {
    padding: tokens.spacingHorizontalXL,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
  },
});

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function GraphSkeleton() {
  return (
    <Skeleton aria-label="Loading the graph" style={{ height: '100%' }}>
      <SkeletonItem style={{ height: '100%' }} />
    </Skeleton>
  );
}

/**
 * The Lateral movement paths tab (catalog §8.7): the day shown (`?date=`, most recent without
 * it), counter tiles, the graph (`?node=` selects a node and highlights its neighbours), and
 * the same paths as a table, step by step.
 */
export function LateralMovementTab({ profile }: { profile: EntityProfile }) {
  const styles = useStyles();
  const [params, update] = useSearchParamState();
  const dateAsked = params.get('date');
  const selectedId = params.get('node');
  const query = useQuery(entityQueries.lateralMovementPaths(profile.id, dateAsked ?? undefined));
  const download = useMutation({
    mutationFn: async (date: string) => {
      const file = await http.download(
        `${endpoints.entityLateralMovementReport(profile.id)}${queryString({ date })}`,
      );
      saveFile(file.blob, file.fileName ?? `lateral-movement-paths-${date}.xlsx`);
    },
  });
  const onSelect = useCallback(
    (id: string | null) => update({ node: id }, { history: 'replace' }),
    [update],
  );
  const links = usePlainLinkStyles();
  const onLinkClick = useInAppLinks();
  const renderName = useCallback(
    (node: PathsGraphNode) => (
      <PlainLink to={entityPath(node.entity)} className={`${links.link} nodrag nopan`}>
        <EntityName name={node.entity.name} />
      </PlainLink>
    ),
    [links.link],
  );
  const data = query.data;
  // The table fills in after the graph is drawn: both at once made frames over 50 ms.
  const [drawnFor, setDrawnFor] = useState<unknown>(null);
  const onDrawn = useCallback(() => setDrawnFor(data), [data]);
  const graph = useMemo(
    () =>
      data && {
        nodes: data.nodes,
        edges: data.edges.map((e) => ({ id: e.id, source: e.from, target: e.to, kind: e.kind })),
        lookup: lookupOf(data),
      },
    [data],
  );

  if (query.isPending) return <GraphSkeleton />;
  if (query.isError)
    return (
      <ErrorState
        error={query.error}
        title="The lateral movement paths could not be loaded"
        onRetry={() => void query.refetch()}
      />
    );
  if (!data || !graph) return null;
  const selected = selectedId && data.nodes.some((n) => n.id === selectedId) ? selectedId : null;
  return (
    <div className={styles.root}>
      <PathsHeader
        data={data}
        dateAsked={dateAsked}
        onDate={(date) => update({ date, node: null }, { history: 'push' })}
        onDownload={() => download.mutate(data.date)}
        downloading={download.isPending}
      />
      {download.isError && <ErrorState error={download.error} title="The download failed" />}
      {data.paths.length === 0 ? (
        <div className={styles.empty} role="status">
          <Text>
            No lateral movement paths {data.view === 'Sensitive' ? 'to' : 'through'}{' '}
            <EntityName name={profile.name} /> were found on {formatDay(data.date)}.
            {data.mostRecentDate
              ? ' '
              : ' Paths are kept for 48 hours: use View a different date to see earlier ones.'}
            {data.mostRecentDate && (
              <RouterLink to={`${entityPath(profile, 'lateral-movement-paths')}`}>
                Show the most recent paths
              </RouterLink>
            )}
          </Text>
        </div>
      ) : (
        <>
          <div className={styles.graph} onClick={onLinkClick}>
            <Suspense fallback={<GraphSkeleton />}>
              <PathsGraph
                nodes={graph.nodes}
                edges={graph.edges}
                selectedId={selected}
                onSelect={onSelect}
                renderName={renderName}
                onDrawn={onDrawn}
                label={`Lateral movement paths graph: ${data.nodes.length} entities, ${data.edges.length} steps`}
              />
            </Suspense>
          </div>
          <PathsTable
            data={data}
            lookup={graph.lookup}
            selectedId={selected}
            fill={drawnFor === data}
          />
        </>
      )}
    </div>
  );
}
