import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUpRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { minHeight: '32px', flexShrink: 0, display: 'flex', justifyContent: 'center' },
  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalXS} 0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * "2 new alerts — Show": alerts raised since the list was loaded, announced politely without
 * moving what the reader is looking at. The status region is always there; Show brings them in.
 */
export function NewAlertsBanner({
  count,
  capped,
  onShow,
}: {
  count: number;
  capped: boolean;
  onShow: () => void;
}) {
  const styles = useStyles();
  const text = `${count}${capped ? '+' : ''} new ${count === 1 && !capped ? 'alert' : 'alerts'}`;
  return (
    <div className={styles.root} role="status" aria-live="polite" aria-atomic="true">
      {count > 0 ? (
        <span className={styles.pill}>
          <span>{text}</span>
          <Button
            size="small"
            appearance="transparent"
            icon={<ArrowUpRegular />}
            aria-label={`Show ${text}`}
            onClick={onShow}
          >
            Show
          </Button>
        </span>
      ) : null}
    </div>
  );
}
