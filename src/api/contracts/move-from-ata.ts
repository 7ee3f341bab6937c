import * as z from 'zod/mini';

/**
 * Moving in from ATA (domain catalog §11): the twelve-item post-install checklist, each item
 * computed from the instance's real state, and the validation step (open health issues).
 */
export const moveChecklistItemIdSchema = z.enum([
  'delayed-updates',
  'directory-services',
  'syslog',
  'vpn',
  'defender-for-endpoint',
  'honeytokens',
  'sensitive-entities',
  'exclusions',
  'email-notifications',
  'scheduled-reports',
  'role-groups',
  'siem',
]);
export type MoveChecklistItemId = z.infer<typeof moveChecklistItemIdSchema>;

export const moveChecklistItemSchema = z.object({
  id: moveChecklistItemIdSchema,
  /** The catalog's wording of the task, e.g. "Set delayed updates on a selection of DCs". */
  title: z.string(),
  done: z.boolean(),
  /** What the state is now, e.g. "3 of 9 domain controller sensors update 72 hours late". */
  detail: z.string(),
  /** The page where the task is done (a portal path). */
  href: z.string(),
});
export type MoveChecklistItem = z.infer<typeof moveChecklistItemSchema>;

export const moveChecklistSchema = z.object({
  items: z.array(moveChecklistItemSchema).check(z.length(12)),
  validation: z.object({
    openHealthIssues: z.number().check(z.int(), z.nonnegative()),
    done: z.boolean(),
    detail: z.string(),
    href: z.string(),
  }),
});
export type MoveChecklist = z.infer<typeof moveChecklistSchema>;
