import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { matrixColumns, permissionMatrixRows } from '../utils/permission-matrix';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  roleCell: { width: '140px', textAlign: 'center' },
  roleHead: { '& .fui-TableHeaderCell__button': { justifyContent: 'center' } },
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: '20px',
  },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorNeutralForeground3 },
});

/** What each role group may do (catalog §6.15), generated from the permission matrix itself. */
export function PermissionMatrixTable() {
  const styles = useStyles();
  const headingId = useId();
  const rows = permissionMatrixRows();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        What each role group can do
      </Text>
      <Table aria-labelledby={headingId} className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.head}>Activity</TableHeaderCell>
            {matrixColumns.map((c) => (
              <TableHeaderCell
                key={c.role}
                className={mergeClasses(styles.head, styles.roleCell, styles.roleHead)}
              >
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.permission}>
              <TableCell>{row.activity}</TableCell>
              {matrixColumns.map((c) => (
                <TableCell key={c.role} className={styles.roleCell}>
                  {row.allowed[c.role] ? (
                    <span className={mergeClasses(styles.mark, styles.yes)}>
                      <CheckmarkCircleFilled aria-hidden />
                      <VisuallyHidden>Allowed</VisuallyHidden>
                    </span>
                  ) : (
                    <span className={mergeClasses(styles.mark, styles.no)}>
                      <DismissCircleRegular aria-hidden />
                      <VisuallyHidden>Not allowed</VisuallyHidden>
                    </span>
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
