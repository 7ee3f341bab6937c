import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Sensor } from '@/api/contracts/sensors';
import { SensorDetails } from './sensor-details';

export interface SensorDrawerProps {
  /** Id from the URL; null when the drawer is closed. */
  sensorId: string | null;
  /** The sensor with that id, or null when the list has none. */
  sensor: Sensor | null;
  asOf: string;
  onClose: () => void;
}

/** The details of the sensor named in the URL, beside the list. */
export function SensorDrawer({ sensorId, sensor, asOf, onClose }: SensorDrawerProps) {
  return (
    <OverlayDrawer
      open={sensorId !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      position="end"
      size="medium"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Close"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {sensor ? sensor.name : 'Sensor not found'}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {sensor ? (
          <SensorDetails sensor={sensor} asOf={asOf} />
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              This instance has no sensor with the id in the link. It may have been deleted; pick a
              sensor from the list instead.
            </MessageBarBody>
          </MessageBar>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
