import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { Initials, initialsOf } from './initials';

const AccountPanel = lazy(() => import('./account-panel'));

export interface UserMenuProps {
  name: string;
  upn: string;
  tenantName: string;
  role: string;
  onSignOut: () => void;
}

/** The signed-in user's name, UPN, tenant and role, and Sign out. The panel loads on first open. */
export function UserMenu(props: UserMenuProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        ref={button}
        appearance="subtle"
        // The name contains the initials the button shows (WCAG 2.5.3, label in name), so
        // saying "click AV" works; it still starts with "Account: <name>".
        aria-label={`Account: ${props.name}, ${initialsOf(props.name)}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={<Initials name={props.name} size={28} />}
        onClick={() => setOpen((o) => !o)}
      />
      {open && (
        <Suspense fallback={null}>
          <AccountPanel {...props} target={button} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
