import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  count: { flexGrow: 1 },
});

/** "Showing 26–50 of 73 changes" with Previous / Next. */
export function AuditPagination({
  offset,
  shown,
  total,
  pageSize,
  onOffset,
}: {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}) {
  const styles = useStyles();
  const first = total === 0 ? 0 : offset + 1;
  return (
    <nav aria-label="Audit log pages" className={styles.root}>
      <Text className={styles.count} role="status">
        Showing {first}–{offset + shown} of {total} {total === 1 ? 'change' : 'changes'}
      </Text>
      {total > pageSize ? (
        <>
          <Button
            icon={<ChevronLeftRegular />}
            disabled={offset === 0}
            onClick={() => onOffset(Math.max(0, offset - pageSize))}
          >
            Previous
          </Button>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={offset + shown >= total}
            onClick={() => onOffset(offset + pageSize)}
          >
            Next
          </Button>
        </>
      ) : null}
    </nav>
  );
}
