import { makeStyles } from '@fluentui/react-components';
import { LoadingIndicator } from '@/components/ui/loading-indicator';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', placeItems: 'center' },
});

/** Shown while the first route's guards and data load (e.g. on a slow network). */
export function PageLoading({ label = 'Loading Vigil…' }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <LoadingIndicator label={label} />
    </div>
  );
}
