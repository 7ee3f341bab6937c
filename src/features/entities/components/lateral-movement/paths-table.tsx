import { makeStyles, tokens } from '@fluentui/react-components';
import { memo, useEffect, useState } from 'react';
import type {
  LateralMovementEdgeKind,
  LateralMovementNode,
  LateralMovementPath,
  LateralMovementPaths,
} from '@/api/contracts/lateral-movement';
import { EntityName } from '@/components/domain/entity-name';
import { entityPath } from '@/components/domain/entity-path';
import { PlainLink, useInAppLinks, usePlainLinkStyles } from './plain-links';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& thead th': {
      position: 'sticky',
      top: 0,
      backgroundColor: tokens.colorNeutralBackground1,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    paddingBottom: tokens.spacingVerticalS,
  },
  path: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
});

/** Paths rendered per frame: a long table fills in without one long task. */
const CHUNK = 10;

type Lookup = {
  nodes: Map<string, LateralMovementNode>;
  kinds: Map<string, LateralMovementEdgeKind>;
};

const PathBody = memo(function PathBody({
  path,
  number,
  lookup,
  selectedId,
}: {
  path: LateralMovementPath;
  number: number;
  lookup: Lookup;
  /** The selected node, when it is on this path (null otherwise, so other paths don't re-render). */
  selectedId: string | null;
}) {
  const styles = useStyles();
  const links = usePlainLinkStyles();
  const link = (id: string) => {
    const node = lookup.nodes.get(id);
    if (!node) return id;
    return (
      <PlainLink to={entityPath(node.entity)} className={links.link}>
        <EntityName name={node.entity.name} />
      </PlainLink>
    );
  };
  const steps = path.nodes.slice(1).map((to, i) => ({ from: path.nodes[i]!, to }));
  return (
    <tbody data-path={path.id}>
      {steps.map((step, i) => (
        <tr
          key={`${step.from}>${step.to}`}
          className={
            selectedId && (step.from === selectedId || step.to === selectedId)
              ? styles.selected
              : undefined
          }
        >
          {i === 0 && (
            <th scope="rowgroup" rowSpan={steps.length} className={styles.path}>
              Path {number}
            </th>
          )}
          <td>{i + 1}</td>
          <td>{link(step.from)}</td>
          <td className={styles.kind}>{lookup.kinds.get(`${step.from}>${step.to}`)}</td>
          <td>{link(step.to)}</td>
        </tr>
      ))}
    </tbody>
  );
});

/**
 * Every path, step by step, as a table: the same paths the graph draws (one row a step, a row
 * group a path), for reading with a keyboard or a screen reader and for counting. Long tables
 * fill in 10 paths a frame.
 */
export const PathsTable = memo(function PathsTable({
  data,
  lookup,
  selectedId,
  fill = true,
}: {
  data: LateralMovementPaths;
  lookup: Lookup;
  selectedId: string | null;
  /** Past its first chunk, the table fills in only once this is true (after the graph is drawn). */
  fill?: boolean;
}) {
  const styles = useStyles();
  const onClick = useInAppLinks();
  const total = data.paths.length;
  const [shown, setShown] = useState({ for: data, count: CHUNK });
  const count = shown.for === data ? shown.count : CHUNK;
  useEffect(() => {
    if (!fill || count >= total) return;
    const frame = requestAnimationFrame(() => setShown({ for: data, count: count + CHUNK }));
    return () => cancelAnimationFrame(frame);
  }, [count, total, data, fill]);
  return (
    <table className={styles.table} onClick={onClick} aria-busy={count < total}>
      <caption className={styles.caption}>
        Every path, step by step ({total} {total === 1 ? 'path' : 'paths'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">Step</th>
          <th scope="col">From</th>
          <th scope="col">Relation</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      {data.paths.slice(0, count).map((path, p) => (
        <PathBody
          key={path.id}
          path={path}
          number={p + 1}
          lookup={lookup}
          selectedId={selectedId && path.nodes.includes(selectedId) ? selectedId : null}
        />
      ))}
    </table>
  );
});

export function lookupOf(data: LateralMovementPaths): Lookup {
  return {
    nodes: new Map(data.nodes.map((n) => [n.id, n])),
    kinds: new Map(data.edges.map((e) => [`${e.from}>${e.to}`, e.kind])),
  };
}
