import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, LockClosedRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, type MouseEvent, type ReactNode, type Ref } from 'react';
import { usePermissions } from '@/lib/auth/use-permissions';
import { useFocusReturn } from '@/lib/use-focus-return';

// The drawer (download, access key, its dialogs, Fluent's Drawer and focus trap) is needed only
// once Add sensor is used: load it then, or a moment earlier when the pointer or focus reaches
// the button.
const loadDrawer = () => import('./sensor-setup-drawer');
const SensorSetupDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.SensorSetupDrawer })));
const preload = () => void loadDrawer();

const useStyles = makeStyles({
  note: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
    flexShrink: 0,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
});

function SetupNote() {
  const styles = useStyles();
  return (
    <Text as="p" className={styles.note}>
      <LockClosedRegular aria-hidden />
      Only Administrators can download the sensor setup and see the access key.
    </Text>
  );
}

function AddSensorButton({
  onOpen,
  ref,
}: {
  onOpen: (event: MouseEvent<HTMLButtonElement>) => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <Button
      ref={ref}
      appearance="primary"
      icon={<AddRegular />}
      onClick={onOpen}
      onPointerEnter={preload}
      onFocus={preload}
    >
      Add sensor
    </Button>
  );
}

/**
 * Add sensor (Administrators, `config.sensors`): a button for the page header and one for the
 * empty list, both opening the setup drawer, whose open state is the URL's (`open`, `onOpenChange`).
 * Everyone else gets a one-line note instead.
 */
export function useSensorSetup(
  open: boolean,
  onOpenChange: (open: boolean) => void,
): { headerAction: ReactNode; emptyAction: ReactNode; note: ReactNode; drawer: ReactNode } {
  const { can } = usePermissions();
  const allowed = can('config.sensors');
  const headerButton = useRef<HTMLButtonElement>(null);
  // Closing gives focus back to the button that opened it (the header's when it came from a link).
  const rememberOpener = useFocusReturn(
    allowed && open ? 'setup' : null,
    () => headerButton.current,
  );

  if (!allowed) return { headerAction: null, emptyAction: null, note: <SetupNote />, drawer: null };

  const openSetup = (event: MouseEvent<HTMLButtonElement>) => {
    rememberOpener(event.currentTarget);
    onOpenChange(true);
  };
  return {
    headerAction: <AddSensorButton ref={headerButton} onOpen={openSetup} />,
    emptyAction: <AddSensorButton onOpen={openSetup} />,
    note: null,
    // Keyed, so that it stays mounted when the page moves from its loading to its loaded layout.
    drawer: open ? (
      <Suspense key="sensor-setup-drawer" fallback={null}>
        <SensorSetupDrawer onClose={() => onOpenChange(false)} />
      </Suspense>
    ) : null,
  };
}
