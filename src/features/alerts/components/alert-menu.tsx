import { Button } from '@fluentui/react-components';
import { MoreVerticalRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import type { AlertSummary } from '@/api/contracts/alerts';
import type { AlertActions } from './use-alert-actions';

const AlertMenuPopover = lazy(() => import('./alert-menu-popover'));

/** The ⋮ button of an alert; its menu loads on first open (see alert-menu-popover.tsx). */
export function AlertMenu({
  alert,
  actions,
  showKeys = false,
}: {
  alert: AlertSummary;
  actions: AlertActions;
  /** Show the timeline's keyboard shortcuts beside the status actions. */
  showKeys?: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        ref={button}
        appearance="subtle"
        icon={<MoreVerticalRegular />}
        aria-label={`Actions for ${alert.title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      />
      {open ? (
        <Suspense fallback={null}>
          <AlertMenuPopover
            alert={alert}
            actions={actions}
            showKeys={showKeys}
            target={button}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
