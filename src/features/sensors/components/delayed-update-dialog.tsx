import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { useSetDelayedUpdate } from '../api/use-set-delayed-update';
import { delayedUpdateHint } from '../utils/delayed-update';
import { sensorCount } from '../utils/sensor-count';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface DelayedUpdateDialogProps {
  sensorIds: string[];
  /** After the service applied it: how many sensors changed, and to what. */
  onApplied: (updated: number, delayedUpdate: boolean) => void;
  onClose: () => void;
}

/**
 * Delayed update on or off for the selected sensors, after a confirmation. Rendered only while
 * open, and loaded on the first use (Radio, Dialog and the mutation aren't needed to show the list).
 */
export function DelayedUpdateDialog({ sensorIds, onApplied, onClose }: DelayedUpdateDialogProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<'on' | 'off'>('on');
  const mutation = useSetDelayedUpdate();
  const delayedUpdate = choice === 'on';

  const apply = () =>
    mutation.mutate(
      { sensorIds, delayedUpdate },
      { onSuccess: ({ updated }) => onApplied(updated, delayedUpdate) },
    );

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delayed update for {sensorCount(sensorIds.length)}</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>{delayedUpdateHint} Sensors without it update within minutes of a release.</Text>
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
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
