import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', paddingLeft: '176px' },
  card: {
    height: '132px',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The timeline while its first page loads: card-shaped placeholders where the cards will be. */
export function AlertSkeleton({ label = 'Loading security alerts' }: { label?: string }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} className={styles.root}>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className={styles.card}>
          <SkeletonItem size={20} style={{ width: '45%' }} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} style={{ width: '70%' }} />
          <SkeletonItem size={16} style={{ width: '30%' }} />
        </div>
      ))}
    </Skeleton>
  );
}
