import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    position: 'fixed',
    bottom: tokens.spacingVerticalXXL,
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: 10,
    maxWidth: 'min(720px, calc(100vw - 48px))',
  },
  box: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackgroundInverted,
    color: tokens.colorNeutralForegroundInverted,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  button: { color: tokens.colorNeutralForegroundInverted },
});

export interface ActionNotice {
  /** Changes on every notice, so the same words twice are announced twice. */
  id: number;
  text: string;
  undo?: (() => void) | undefined;
}

/**
 * What the last action did, as a toast at the bottom of the page with Undo where it is cheap. The
 * live region is always in the page, so screen readers announce each notice as it appears.
 */
export function ActionMessage({
  notice,
  onDismiss,
}: {
  notice: ActionNotice | null;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {notice ? (
        <div key={notice.id} className={styles.box}>
          <span className={styles.text}>{notice.text}</span>
          {notice.undo ? (
            <Button appearance="transparent" className={styles.button} onClick={notice.undo}>
              Undo
            </Button>
          ) : null}
          <Button appearance="transparent" className={styles.button} onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </div>
  );
}
