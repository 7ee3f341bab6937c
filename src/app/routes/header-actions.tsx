import { ThemeSwitch } from '@/components/layout/theme-switch';
import { UserMenu } from '@/components/layout/user-menu';
import { useAuth } from '@/lib/auth/auth-provider';
import type { Me } from '@/api/contracts/me';
import { DemoMenuSlot } from './demo-menu-slot';

/** The header's right side: Demo menu (demo builds), theme, account. */
export function HeaderActions({ me }: { me: Pick<Me, 'user' | 'tenant' | 'role'> }) {
  const auth = useAuth();
  return (
    <>
      <DemoMenuSlot />
      <ThemeSwitch />
      <UserMenu
        name={me.user.displayName}
        upn={me.user.upn}
        tenantName={me.tenant.name}
        role={me.role ?? 'No role'}
        onSignOut={() => void auth.signOut()}
      />
    </>
  );
}
