import { z } from 'zod';
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

export const directoryAdminSchema = directoryPersonSchema.extend({
  directoryRole: z.enum(['Global Administrator', 'Security Administrator']),
});

export const roleGroupListSchema = z.object({
  groups: z.array(roleGroupSchema),
  /** Global and Security Administrators of the tenant: Administrators implicitly. */
  directoryAdmins: z.array(directoryAdminSchema),
});
export type RoleGroupList = z.infer<typeof roleGroupListSchema>;

export const addRoleGroupMemberSchema = z.object({
  userId: z.string().trim().min(1, 'Choose a person to add'),
});
export type AddRoleGroupMember = z.infer<typeof addRoleGroupMemberSchema>;

/** Most people a directory search answers with. */
export const DIRECTORY_SEARCH_LIMIT = 20;

export const directoryUserQuerySchema = z.object({
  search: z.string().max(100).optional(),
  /** Leave out people who are already members of this group. */
  notIn: roleGroupKeySchema.optional(),
});

export const directoryUserListSchema = z.object({
  items: z.array(directoryPersonSchema).max(DIRECTORY_SEARCH_LIMIT),
  /** More people matched than were returned: the search should be narrowed. */
  truncated: z.boolean(),
});
export type DirectoryUserList = z.infer<typeof directoryUserListSchema>;
