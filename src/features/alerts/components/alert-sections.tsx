import { makeStyles, tokens } from '@fluentui/react-components';
import type { AlertDetailsTable, AlertEvidence, AlertHistoryEntry } from '@/api/contracts/alerts';
import { formatDateTime } from '@/lib/format';
import { Sentence } from './sentence';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    lineHeight: tokens.lineHeightBase400,
  },
  nested: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  tableWrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '600px' },
  th: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
  },
  none: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** Evidence bullets, with nested bullets (e.g. timestamped accessed resources). */
export function EvidenceList({ evidence }: { evidence: readonly AlertEvidence[] }) {
  const styles = useStyles();
  if (evidence.length === 0) return <p className={styles.none}>No evidence recorded.</p>;
  return (
    <ul className={styles.list}>
      {evidence.map((item, index) => (
        <li key={index}>
          <Sentence parts={item.sentence} />
          {item.items.length > 0 ? (
            <ul className={styles.nested}>
              {item.items.map((sub, subIndex) => (
                <li key={subIndex}>
                  <Sentence parts={sub} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The detection's details table (catalog §4.3 item 4). */
export function DetailsTable({
  details,
  caption,
}: {
  details: AlertDetailsTable;
  caption: string;
}) {
  const styles = useStyles();
  if (details.rows.length === 0) return <p className={styles.none}>No details recorded.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label={caption}>
        <thead>
          <tr>
            {details.columns.map((column) => (
              <th key={column} scope="col" className={styles.th}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {details.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} className={styles.td}>
                  <Sentence parts={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The alert's history, newest first: when, who, what, from → to. */
export function HistoryTable({ history }: { history: readonly AlertHistoryEntry[] }) {
  const styles = useStyles();
  const entries = [...history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Alert history">
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              When
            </th>
            <th scope="col" className={styles.th}>
              Who
            </th>
            <th scope="col" className={styles.th}>
              Action
            </th>
            <th scope="col" className={styles.th}>
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.at}-${index}`}>
              <td className={styles.td}>{formatDateTime(entry.at)}</td>
              <td className={styles.td}>{entry.by ?? 'Vigil'}</td>
              <td className={styles.td}>
                {entry.action}
                {entry.note ? ` (${entry.note})` : ''}
              </td>
              <td className={styles.td}>{entry.from ? `${entry.from} → ${entry.to}` : entry.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
