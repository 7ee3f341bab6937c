import * as z from 'zod/mini';
import { roleSchema, type Role } from './vocabulary';

/** The URL key of each role group: /api/role-groups/<key>/members. */
export const roleGroupKeySchema = z.enum(['administrators', 'users', 'viewers']);
export type RoleGroupKey = z.infer<typeof roleGroupKeySchema>;

export const roleOfGroup: Record<RoleGroupKey, Role> = {
  administrators: 'Administrator',
  users: 'User',
  viewers: 'Viewer',
};

/** A user of the tenant's directory, as role-group pages show them. */
export const directoryPersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  upn: z.string(),
  jobTitle: z.string(),
});
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

export const roleGroupSchema = z.object({
  key: roleGroupKeySchema,
  role: roleSchema,
  /** The directory group's name, e.g. "Vigil contoso Administrators". */
  displayName: z.string(),
  members: z.array(directoryPersonSchema),
});
export type RoleGroup = z.infer<typeof roleGroupSchema>;

export const directoryAdminSchema = z.extend(directoryPersonSchema, {
  directoryRole: z.enum(['Global Administrator', 'Security Administrator']),
});

export const roleGroupListSchema = z.object({
  groups: z.array(roleGroupSchema),
  /** Global and Security Administrators of the tenant: Administrators implicitly. */
  directoryAdmins: z.array(directoryAdminSchema),
});
export type RoleGroupList = z.infer<typeof roleGroupListSchema>;

export const addRoleGroupMemberSchema = z.object({
  userId: z.string().check(z.trim(), z.minLength(1, 'Choose a person to add')),
});
export type AddRoleGroupMember = z.infer<typeof addRoleGroupMemberSchema>;

/** Most people a directory search answers with. */
export const DIRECTORY_SEARCH_LIMIT = 20;

export const directoryUserQuerySchema = z.object({
  search: z.optional(z.string().check(z.maxLength(100))),
  /** Leave out people who are already members of this group. */
  notIn: z.optional(roleGroupKeySchema),
});

export const directoryUserListSchema = z.object({
  items: z.array(directoryPersonSchema).check(z.maxLength(DIRECTORY_SEARCH_LIMIT)),
  /** More people matched than were returned: the search should be narrowed. */
  truncated: z.boolean(),
});
export type DirectoryUserList = z.infer<typeof directoryUserListSchema>;
