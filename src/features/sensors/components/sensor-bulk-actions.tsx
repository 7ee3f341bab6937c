import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import { useFocusReturn } from '@/lib/use-focus-return';
import { sensorCount } from '../utils/sensor-count';

// The confirmation dialog (Dialog, Radio group, the mutation) is needed only once the button is
// clicked: load it then. The bar itself uses only what the page already has.
const DelayedUpdateDialog = lazy(() =>
  import('./delayed-update-dialog').then((m) => ({ default: m.DelayedUpdateDialog })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
    // As tall as the result's MessageBar, so the list doesn't move down when the result appears.
    minHeight: '36px',
    flexShrink: 0,
  },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface SensorBulkActionsProps {
  selectedIds: string[];
  onClear: () => void;
}

/** Actions on the selected sensors: delayed update on or off for all of them at once. */
export function SensorBulkActions({ selectedIds, onClear }: SensorBulkActionsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Back to the button on Cancel; after Apply the selection is cleared and the button disabled,
  // so focus goes to the result instead.
  const rememberOpener = useFocusReturn(open ? 'dialog' : null, () => resultRef.current);
  const count = selectedIds.length;

  return (
    <div className={styles.root} role="toolbar" aria-label="Selected sensors">
      <Text className={styles.count}>
        {count === 0 ? 'No sensors selected' : `${sensorCount(count)} selected`}
      </Text>
      <Button
        icon={<ArrowClockwiseRegular />}
        disabled={count === 0}
        onClick={(event) => {
          rememberOpener(event.currentTarget);
          setDone(null);
          setOpen(true);
        }}
      >
        Delayed update…
      </Button>
      {count > 0 && (
        <Button appearance="subtle" onClick={onClear}>
          Clear selection
        </Button>
      )}
      {/* Present from the start, so that screen readers announce the result when it appears. */}
      <div aria-live="polite" ref={resultRef} tabIndex={-1}>
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {open && (
        <Suspense fallback={null}>
          <DelayedUpdateDialog
            sensorIds={selectedIds}
            onClose={() => setOpen(false)}
            onApplied={(updated, delayedUpdate) => {
              setOpen(false);
              setDone(
                `Delayed update turned ${delayedUpdate ? 'on' : 'off'} for ${sensorCount(updated)}.`,
              );
              onClear();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
