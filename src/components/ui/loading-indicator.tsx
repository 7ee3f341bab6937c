import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  ring: {
    width: '20px',
    height: '20px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.5s' },
  },
});

/** A small spinner with a visible label, for loading fallbacks on the first-render path. */
export function LoadingIndicator({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root} role="status">
      <span className={styles.ring} aria-hidden />
      {label}
    </span>
  );
}
