import { queryOptions } from '@tanstack/react-query';
import {
  emailNotificationsResponseSchema,
  previewDetectionsResponseSchema,
  type EmailNotifications,
  type PreviewDetections,
} from '@/api/contracts/notifications';
import {
  scheduledReportsResponseSchema,
  type ScheduledReports,
} from '@/api/contracts/scheduled-reports';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Email notifications, scheduled reports and preview detections; keys nested under `all()`. */
export const notificationQueries = {
  all: () => ['notifications'] as const,
  email: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'email'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config('email-notifications'), emailNotificationsResponseSchema, {
          signal,
        }),
      retry: shouldRetry,
    }),
  scheduledReports: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'scheduled-reports'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config('scheduled-reports'), scheduledReportsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
  preview: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'preview'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config('preview-detections'), previewDetectionsResponseSchema, {
          signal,
        }),
      retry: shouldRetry,
    }),
};

export const saveEmailNotifications = (input: EmailNotifications, etag: string) =>
  http.send(
    'PUT',
    endpoints.config('email-notifications'),
    input,
    emailNotificationsResponseSchema,
    { ifMatch: etag },
  );

export const saveScheduledReports = (input: ScheduledReports, etag: string) =>
  http.send('PUT', endpoints.config('scheduled-reports'), input, scheduledReportsResponseSchema, {
    ifMatch: etag,
  });

export const savePreviewDetections = (input: PreviewDetections, etag: string) =>
  http.send('PUT', endpoints.config('preview-detections'), input, previewDetectionsResponseSchema, {
    ifMatch: etag,
  });
