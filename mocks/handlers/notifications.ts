import {
  emailNotificationsResponseSchema,
  emailNotificationsSchema,
  previewDetectionsResponseSchema,
  previewDetectionsSchema,
  type EmailNotifications,
  type PreviewDetections,
} from '../../src/api/contracts/notifications';
import {
  defaultSchedule,
  scheduledReportsResponseSchema,
  scheduledReportsSchema,
  type ScheduledReports,
} from '../../src/api/contracts/scheduled-reports';
import { dispatchOutbox } from '../store/outbox';
import { store } from '../store/store';
import { defineConfigResource } from './config-resource';
import type { RouteContext } from './api-route';

const same = <T>(value: T) => value;

/** What became due before a change is sent with the settings it was due under. */
export async function dispatchBeforeChange({
  caller,
  now,
}: Pick<RouteContext<unknown>, 'caller' | 'now'>): Promise<void> {
  const { tenant, tenantState } = caller;
  await dispatchOutbox({ state: store.state, tenant, tenantState }, now);
}

/** Notifications and reports → Email notifications (Users may change it). */
export const emailNotifications = defineConfigResource<
  EmailNotifications,
  EmailNotifications,
  EmailNotifications
>({
  name: 'email-notifications',
  page: 'Email notifications',
  updatePermission: 'config.notifications',
  input: emailNotificationsSchema,
  response: emailNotificationsResponseSchema,
  defaults: ({ user }) => ({
    alertRecipients: [user.upn.replace(/^[^@]+/, 'soc')],
    healthRecipients: [],
  }),
  beforeChange: dispatchBeforeChange,
  apply: (_current, input) => input,
  view: same,
});

/** Notifications and reports → Scheduled reports (Users may change it). */
export const scheduledReports = defineConfigResource<
  ScheduledReports,
  ScheduledReports,
  ScheduledReports
>({
  name: 'scheduled-reports',
  page: 'Scheduled reports',
  updatePermission: 'config.scheduledReports',
  input: scheduledReportsSchema,
  response: scheduledReportsResponseSchema,
  defaults: () => ({
    summary: { ...defaultSchedule },
    'sensitive-groups': { ...defaultSchedule },
    'cleartext-passwords': { ...defaultSchedule },
    'lateral-movement-paths': { ...defaultSchedule },
  }),
  beforeChange: dispatchBeforeChange,
  apply: (_current, input) => input,
  view: same,
});

/** Preview → Detections (Users may change it); on by default (domain catalog §4.5). */
export const previewDetections = defineConfigResource<
  PreviewDetections,
  PreviewDetections,
  PreviewDetections
>({
  name: 'preview-detections',
  page: 'Preview detections',
  updatePermission: 'config.preview',
  input: previewDetectionsSchema,
  response: previewDetectionsResponseSchema,
  defaults: () => ({ enabled: true }),
  apply: (_current, input) => input,
  view: same,
});

export const notificationHandlers = [
  ...emailNotifications.handlers,
  ...scheduledReports.handlers,
  ...previewDetections.handlers,
];
