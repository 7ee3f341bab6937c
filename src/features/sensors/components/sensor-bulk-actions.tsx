import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { useSetDelayedUpdate } from '../api/use-set-delayed-update';
import { delayedUpdateHint } from '../utils/delayed-update';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
    minHeight: '32px',
    flexShrink: 0,
  },
  count: { color: tokens.colorNeutralForeground2 },
  dialogBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const plural = (n: number) => `${n} ${n === 1 ? 'sensor' : 'sensors'}`;

export interface SensorBulkActionsProps {
  selectedIds: string[];
  onClear: () => void;
}

/** Actions on the selected sensors: delayed update on or off for all of them at once. */
export function SensorBulkActions({ selectedIds, onClear }: SensorBulkActionsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<'on' | 'off'>('on');
  const [done, setDone] = useState<string | null>(null);
  const mutation = useSetDelayedUpdate();
  const count = selectedIds.length;

  const apply = () =>
    mutation.mutate(
      { sensorIds: selectedIds, delayedUpdate: choice === 'on' },
      {
        onSuccess: ({ updated }) => {
          setOpen(false);
          setDone(`Delayed update turned ${choice} for ${plural(updated)}.`);
          onClear();
        },
      },
    );

  return (
    <div className={styles.root} role="toolbar" aria-label="Selected sensors">
      <Text className={styles.count}>
        {count === 0 ? 'No sensors selected' : `${plural(count)} selected`}
      </Text>
      <Button
        icon={<ArrowClockwiseRegular />}
        disabled={count === 0}
        onClick={() => {
          mutation.reset();
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
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Delayed update for {plural(count)}</DialogTitle>
            <DialogContent className={styles.dialogBody}>
              <Text>
                {delayedUpdateHint} Sensors without it update within minutes of a release.
              </Text>
              <Field label="Delayed update">
                <RadioGroup
                  value={choice}
                  onChange={(_, data) => setChoice(data.value === 'off' ? 'off' : 'on')}
                >
                  <Radio value="on" label="On — update 72 hours after a release" />
                  <Radio value="off" label="Off — update as soon as a release is out" />
                </RadioGroup>
              </Field>
              {mutation.isError ? (
                <ErrorState error={mutation.error} title="Delayed update wasn’t changed" />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={mutation.isPending} onClick={apply}>
                {mutation.isPending ? 'Applying…' : 'Apply'}
              </Button>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
