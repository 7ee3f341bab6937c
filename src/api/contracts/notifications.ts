import * as z from 'zod/mini';
import { emailSchema, versioned } from './config';

/** Most addresses one recipient list may hold. */
export const MAX_RECIPIENTS = 50;

/** A recipient list: valid addresses, no duplicates (case-insensitive), at most 50. */
export const recipientListSchema = z.array(emailSchema).check(
  z.maxLength(MAX_RECIPIENTS, `A list holds at most ${MAX_RECIPIENTS} addresses`),
  z.refine(
    (list) => new Set(list.map((a) => a.toLowerCase())).size === list.length,
    'Each address may appear only once',
  ),
);

/** Mail notifications: having recipients is what turns a notification on. */
export const emailNotificationsSchema = z.object({
  /** "A new security alert is detected". */
  alertRecipients: recipientListSchema,
  /** "A new health issue is detected". */
  healthRecipients: recipientListSchema,
});
export type EmailNotifications = z.infer<typeof emailNotificationsSchema>;
export const emailNotificationsResponseSchema = versioned(emailNotificationsSchema);

/** Preview → Detections. */
export const previewDetectionsSchema = z.object({ enabled: z.boolean() });
export type PreviewDetections = z.infer<typeof previewDetectionsSchema>;
export const previewDetectionsResponseSchema = versioned(previewDetectionsSchema);
