import { makeStyles, tokens } from '@fluentui/react-components';
import type { LateralMovementPaths } from '@/api/contracts/lateral-movement';
import { EntityName } from '@/components/domain/entity-name';
import { entityPath } from '@/components/domain/entity-path';
import { RouterLink } from '@/components/ui/router-link';

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

/**
 * Every path, step by step, as a table: the same paths the graph draws (one row a step, a row
 * group a path), for reading with a keyboard or a screen reader and for counting.
 */
export function PathsTable({
  data,
  selectedId,
}: {
  data: LateralMovementPaths;
  selectedId: string | null;
}) {
  const styles = useStyles();
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const kinds = new Map(data.edges.map((e) => [`${e.from}>${e.to}`, e.kind]));
  const link = (id: string) => {
    const node = nodes.get(id);
    if (!node) return id;
    return (
      <RouterLink to={entityPath(node.entity)}>
        <EntityName name={node.entity.name} />
      </RouterLink>
    );
  };
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        Every path, step by step ({data.paths.length} {data.paths.length === 1 ? 'path' : 'paths'})
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
      {data.paths.map((path, p) => {
        const steps = path.nodes.slice(1).map((to, i) => ({ from: path.nodes[i]!, to }));
        return (
          <tbody key={path.id} data-path={path.id}>
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
                    Path {p + 1}
                  </th>
                )}
                <td>{i + 1}</td>
                <td>{link(step.from)}</td>
                <td className={styles.kind}>{kinds.get(`${step.from}>${step.to}`)}</td>
                <td>{link(step.to)}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
