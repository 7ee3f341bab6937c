import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

export interface SideDrawerProps {
  /** The drawer's title, which also names it (role dialog). */
  title: ReactNode;
  open?: boolean;
  /** The Close button, Escape or a click outside asked to close it. */
  onClose: () => void;
  children: ReactNode;
}

/** A panel beside the page (Fluent's overlay drawer at the end): title, Close button, body. */
export function SideDrawer({ title, open = true, onClose, children }: SideDrawerProps) {
  return (
    <OverlayDrawer
      open={open}
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
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
