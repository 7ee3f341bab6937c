import { queryOptions } from '@tanstack/react-query';
import { sensorListSchema } from '@/api/contracts/sensors';
import { syslogSettingsResponseSchema, type SyslogSettings } from '@/api/contracts/syslog';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the Syslog notifications page; every key is nested under `all()`. */
export const syslogQueries = {
  all: () => ['syslog'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...syslogQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config('syslog'), syslogSettingsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
  /** The sensors one of which sends the messages (and whose names the preview shows). */
  sensors: () =>
    queryOptions({
      queryKey: [...syslogQueries.all(), 'sensors'] as const,
      queryFn: ({ signal }) => http.get(endpoints.sensors, sensorListSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** PUT the settings, based on the version the form was loaded from. */
export function saveSyslogSettings(input: SyslogSettings, etag: string) {
  return http.send('PUT', endpoints.config('syslog'), input, syslogSettingsResponseSchema, {
    ifMatch: etag,
  });
}
