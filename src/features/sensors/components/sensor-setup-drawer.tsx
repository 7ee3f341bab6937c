import { SideDrawer } from '@/components/ui/side-drawer';
import { SensorSetup } from './sensor-setup';

/**
 * Add sensor: the setup download and the access key beside the list. Opened from the URL
 * (`setup=open`, so Home's setup steps can link to it) and rendered only while open.
 */
export function SensorSetupDrawer({ onClose }: { onClose: () => void }) {
  return (
    <SideDrawer title="Sensor setup" onClose={onClose}>
      <SensorSetup />
    </SideDrawer>
  );
}
