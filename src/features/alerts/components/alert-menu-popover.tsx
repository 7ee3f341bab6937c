import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  CheckmarkRegular,
  DeleteRegular,
  CopyRegular,
  ShieldDismissRegular,
  SpeakerMuteRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef, type ReactElement, type RefObject } from 'react';
import type { AlertStatusAction, AlertSummary } from '@/api/contracts/alerts';
import { statusActions, viewerReason } from '../utils/alert-actions';
import type { AlertActions } from './use-alert-actions';

const icons: Record<AlertStatusAction, ReactElement> = {
  Close: <CheckmarkRegular />,
  Suppress: <SpeakerMuteRegular />,
  CloseAndExclude: <ShieldDismissRegular />,
  Reopen: <ArrowUndoRegular />,
};

const keys: Record<AlertStatusAction, string> = {
  Close: 'C',
  Suppress: 'S',
  CloseAndExclude: 'Shift+C',
  Reopen: 'O',
};

/**
 * The ⋮ menu of an alert (card and page): status actions with their helper lines (catalog §4.2)
 * for Administrators and Users, Delete for Administrators, Download details and Share for all.
 * Loaded when a menu is first opened: the timeline renders a button per card, not a menu.
 */
export default function AlertMenuPopover({
  alert,
  actions,
  showKeys,
  target,
  onClose,
}: {
  alert: AlertSummary;
  actions: AlertActions;
  showKeys: boolean;
  target: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  // Opened from its button, the menu takes the focus at its first item, as a menu button's does.
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      list.current
        ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
        ?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, []);
  const close = () => {
    onClose();
    const active = document.activeElement;
    if (!active || active === document.body || list.current?.contains(active)) {
      target.current?.focus();
    }
  };
  return (
    <Menu
      open
      onOpenChange={(_event, data) => !data.open && close()}
      positioning={{ target: target.current, position: 'below', align: 'end' }}
    >
      <MenuPopover style={{ minWidth: '340px' }}>
        <MenuList ref={list}>
          {actions.canChangeStatus ? (
            statusActions(alert).map((item) => (
              <MenuItem
                key={item.action}
                icon={icons[item.action]}
                subText={item.helper}
                secondaryContent={showKeys ? keys[item.action] : undefined}
                disabled={actions.pending}
                onClick={() => actions.changeStatus(alert, item.action)}
              >
                {item.label}
              </MenuItem>
            ))
          ) : (
            <MenuItem disabled icon={<CheckmarkRegular />} subText={viewerReason}>
              Change status
            </MenuItem>
          )}
          <MenuDivider />
          <MenuItem icon={<ArrowDownloadRegular />} onClick={() => actions.downloadDetails(alert)}>
            Download details
          </MenuItem>
          <MenuItem
            icon={<CopyRegular />}
            subText="Copy a link to this alert"
            onClick={() => void actions.share(alert)}
          >
            Share
          </MenuItem>
          {actions.canDelete ? (
            <>
              <MenuDivider />
              <MenuItem
                icon={<DeleteRegular />}
                subText="Remove this alert for good"
                onClick={() => actions.remove(alert)}
              >
                Delete
              </MenuItem>
            </>
          ) : null}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
