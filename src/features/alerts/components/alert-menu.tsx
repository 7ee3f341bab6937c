import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  CheckmarkRegular,
  DeleteRegular,
  MoreVerticalRegular,
  ShareRegular,
  ShieldDismissRegular,
  SpeakerMuteRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
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
 */
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
  const label = `Actions for ${alert.title}`;
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<MoreVerticalRegular />} aria-label={label} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
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
            icon={<ShareRegular />}
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
