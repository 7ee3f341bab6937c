import { makeStyles, tokens } from '@fluentui/react-components';
import type { LateralMovementEdgeKind } from '@/api/contracts/lateral-movement';

/** How each kind of step is drawn (catalog §8.7): dotted, dark solid arrow, light arrow. */
export const edgeLook: Record<
  LateralMovementEdgeKind,
  { stroke: string; dash?: string; arrow: boolean; width: number }
> = {
  'Member of': { stroke: tokens.colorNeutralForeground2, dash: '2 4', arrow: false, width: 2 },
  'Administrator on': { stroke: tokens.colorNeutralForeground1, arrow: true, width: 2 },
  'Logged into by': { stroke: tokens.colorNeutralStrokeAccessible, arrow: true, width: 1.5 },
};

const useStyles = makeStyles({
  root: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  term: { display: 'flex', alignItems: 'center' },
  value: { margin: 0 },
  target: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusCircular,
    border: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    boxSizing: 'border-box',
  },
  source: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: 'border-box',
  },
});

function Line({ kind }: { kind: LateralMovementEdgeKind }) {
  const look = edgeLook[kind];
  return (
    <svg width="40" height="10" aria-hidden>
      <line
        x1="0"
        y1="5"
        x2={look.arrow ? 32 : 40}
        y2="5"
        style={{ stroke: look.stroke, strokeWidth: look.width, strokeDasharray: look.dash }}
      />
      {look.arrow && <polygon points="32,1 40,5 32,9" style={{ fill: look.stroke }} />}
    </svg>
  );
}

/** The legend box (bottom right of the graph). */
export function GraphLegend() {
  const styles = useStyles();
  const kinds = Object.keys(edgeLook) as LateralMovementEdgeKind[];
  return (
    <dl className={styles.root} aria-label="Legend">
      {kinds.map((kind) => (
        <div key={kind} style={{ display: 'contents' }}>
          <dt className={styles.term}>
            <Line kind={kind} />
          </dt>
          <dd className={styles.value}>{kind}</dd>
        </div>
      ))}
      <dt className={styles.term}>
        <span className={styles.target} />
      </dt>
      <dd className={styles.value}>Target (sensitive account)</dd>
      <dt className={styles.term}>
        <span className={styles.source} />
      </dt>
      <dd className={styles.value}>Source or step</dd>
    </dl>
  );
}
