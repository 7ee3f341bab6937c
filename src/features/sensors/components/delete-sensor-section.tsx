import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteSensor } from '../api/use-delete-sensor';
import { deleteBlockedReason } from '../utils/sensor-form';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  reason: { color: tokens.colorNeutralForeground2 },
});

/** Delete a sensor — only once it is disconnected, after a confirmation. Administrators only. */
export function DeleteSensorSection({
  sensor,
  onDeleted,
}: {
  sensor: Sensor;
  onDeleted: () => void;
}) {
  const styles = useStyles();
  const reasonId = useId();
  const [confirming, setConfirming] = useState(false);
  const mutation = useDeleteSensor();
  const blocked = deleteBlockedReason(sensor);

  return (
    <div className={styles.root}>
      <Button
        icon={<DeleteRegular />}
        disabled={blocked !== null}
        aria-describedby={reasonId}
        onClick={() => setConfirming(true)}
      >
        Delete sensor
      </Button>
      <Text id={reasonId} size={200} className={styles.reason}>
        {blocked ??
          'This sensor is disconnected: deleting it removes it and its settings from this instance.'}
      </Text>
      {confirming ? (
        <ConfirmDialog
          title={`Delete ${sensor.name}?`}
          confirmLabel="Delete"
          pendingLabel="Deleting…"
          pending={mutation.isPending}
          error={mutation.error}
          errorTitle="The sensor wasn’t deleted"
          onConfirm={() =>
            mutation.mutate(sensor.id, {
              onSuccess: () => {
                setConfirming(false);
                onDeleted();
              },
            })
          }
          onCancel={() => {
            mutation.reset();
            setConfirming(false);
          }}
        >
          <p>
            {sensor.name} and its configuration are removed from this instance. If the sensor is
            still installed on {sensor.fqdn}, uninstall it there too; installing it again registers
            it as a new sensor.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
