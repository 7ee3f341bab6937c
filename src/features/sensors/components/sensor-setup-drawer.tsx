import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { SensorSetup } from './sensor-setup';

/**
 * Add sensor: the setup download and the access key beside the list. Opened from the URL
 * (`setup=open`, so Home's setup steps can link to it) and rendered only while open.
 */
export function SensorSetupDrawer({ onClose }: { onClose: () => void }) {
  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
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
          Sensor setup
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <SensorSetup />
      </DrawerBody>
    </OverlayDrawer>
  );
}
