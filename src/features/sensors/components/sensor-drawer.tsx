import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { UnsavedChangesDialog } from '@/components/forms/unsaved-changes-dialog';
import { SideDrawer } from '@/components/ui/side-drawer';
import { usePermissions } from '@/lib/auth/use-permissions';
import { DeleteSensorSection } from './delete-sensor-section';
import { SensorConfigForm } from './sensor-config-form';
import { Section, SensorDetails } from './sensor-details';
import { SensorHealthIssues } from './sensor-health-issues';
import { SensorHistoryTimeline } from './sensor-history-timeline';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    paddingBottom: tokens.spacingVerticalXL,
  },
});

export interface SensorDrawerProps {
  /** Id from the URL; null when the drawer is closed. */
  sensorId: string | null;
  /** The sensor with that id, or null when the list has none. */
  sensor: Sensor | null;
  asOf: string;
  onClose: () => void;
}

/** The sensor named in the URL beside the list: state, health, history, configuration. */
export function SensorDrawer({ sensorId, sensor, asOf, onClose }: SensorDrawerProps) {
  const styles = useStyles();
  const { can } = usePermissions();
  const canEdit = can('config.sensors');
  const [dirty, setDirty] = useState(false);
  const [askDiscard, setAskDiscard] = useState(false);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const requestClose = () => (dirty ? setAskDiscard(true) : onClose());

  return (
    <>
      <SideDrawer
        title={sensor ? sensor.name : 'Sensor not found'}
        open={sensorId !== null}
        onClose={requestClose}
      >
        {sensor ? (
          <div className={styles.body}>
            <SensorDetails sensor={sensor} asOf={asOf} />
            <Section title="Open health issues">
              <SensorHealthIssues sensorId={sensor.id} />
            </Section>
            <Section title="Status history (last 30 days)">
              <SensorHistoryTimeline sensorId={sensor.id} />
            </Section>
            <Section title="Configuration">
              <SensorConfigForm
                key={sensor.id}
                sensor={sensor}
                canEdit={canEdit}
                onDirtyChange={onDirtyChange}
              />
            </Section>
            {canEdit && (
              <Section title="Delete sensor">
                <DeleteSensorSection sensor={sensor} onDeleted={onClose} />
              </Section>
            )}
          </div>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              This instance has no sensor with the id in the link. It may have been deleted; pick a
              sensor from the list instead.
            </MessageBarBody>
          </MessageBar>
        )}
      </SideDrawer>
      <UnsavedChangesDialog
        detail="You changed this sensor’s configuration and haven’t saved it. If you close now, your changes are lost."
        open={askDiscard}
        onStay={() => setAskDiscard(false)}
        onDiscard={() => {
          setAskDiscard(false);
          setDirty(false);
          onClose();
        }}
      />
    </>
  );
}
