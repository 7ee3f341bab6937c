import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RoleGroupList } from '@/api/contracts/role-groups';

/** Who is an Administrator without being a member: the tenant's Global and Security Administrators. */
export function DirectoryAdminsNote({
  admins,
  tenantName,
}: {
  admins: RoleGroupList['directoryAdmins'];
  tenantName: string;
}) {
  const names = admins.map((a) => `${a.displayName} (${a.upn}, ${a.directoryRole})`);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Directory administrators are Administrators implicitly</MessageBarTitle>
        Global Administrators and Security Administrators of {tenantName} have the Administrators
        role without being members, and always keep it:{' '}
        {names.length > 0 ? `${names.join('; ')}.` : `${tenantName} has none at the moment.`} Their
        directory roles are managed in the Microsoft Entra admin center.
      </MessageBarBody>
    </MessageBar>
  );
}
