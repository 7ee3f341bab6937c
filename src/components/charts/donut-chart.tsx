import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Pie, PieChart } from 'recharts';

export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** A CSS colour, e.g. a Fluent token (`tokens.colorPaletteGreenBackground3`). */
  color: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXL,
    flexWrap: 'wrap',
  },
  chart: { position: 'relative', flexShrink: 0 },
  center: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    pointerEvents: 'none',
  },
  centerLabel: { color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: 'collapse', minWidth: '200px' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
  count: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    marginRight: tokens.spacingHorizontalS,
    verticalAlign: 'middle',
  },
});

/**
 * A donut of parts of a whole, with its text alternative: the chart is decorative (hidden from
 * assistive technology) and a table beside it — also its legend — gives the same numbers.
 */
export function DonutChart({
  title,
  data,
  centerValue,
  centerLabel,
  size = 180,
}: {
  /** Caption of the table, e.g. "Sensors by status". */
  title: string;
  data: ChartDatum[];
  centerValue?: string | number;
  centerLabel?: string;
  size?: number;
}) {
  const styles = useStyles();
  const shown = data.filter((d) => d.value > 0);
  const slices =
    shown.length > 0
      ? shown.map((d) => ({ name: d.label, value: d.value, fill: d.color }))
      : [{ name: 'None', value: 1, fill: tokens.colorNeutralStroke2 }];
  return (
    <div className={styles.root}>
      <div className={styles.chart} aria-hidden style={{ width: size, height: size }}>
        <PieChart width={size} height={size} accessibilityLayer={false}>
          <Pie
            data={slices}
            dataKey="value"
            nameKey="name"
            innerRadius={size * 0.32}
            outerRadius={size * 0.48}
            paddingAngle={shown.length > 1 ? 2 : 0}
            stroke="none"
            isAnimationActive={false}
            rootTabIndex={-1}
          />
        </PieChart>
        {centerValue !== undefined ? (
          <div className={styles.center}>
            <Text size={600} weight="semibold">
              {centerValue}
            </Text>
            {centerLabel ? (
              <Text size={200} className={styles.centerLabel}>
                {centerLabel}
              </Text>
            ) : null}
          </div>
        ) : null}
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{title}</caption>
        <tbody>
          {shown.map((d) => (
            <tr key={d.key}>
              <th scope="row" className={styles.cell}>
                <span className={styles.swatch} style={{ backgroundColor: d.color }} aria-hidden />
                {d.label}
              </th>
              <td className={mergeClasses(styles.cell, styles.count)}>{d.value}</td>
            </tr>
          ))}
          {shown.length === 0 ? (
            <tr>
              <td className={styles.cell} colSpan={2}>
                None yet
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
