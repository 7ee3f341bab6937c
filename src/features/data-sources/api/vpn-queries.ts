import { queryOptions } from '@tanstack/react-query';
import { vpnResource, vpnSettingsResponseSchema, type VpnSettingsInput } from '@/api/contracts/vpn';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the VPN page; every key is nested under `all()`. */
export const vpnQueries = {
  all: () => ['vpn'] as const,
  /** The settings as the service shows them: the shared secret only as `{ isSet, updatedAt }`. */
  settings: () =>
    queryOptions({
      queryKey: [...vpnQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config(vpnResource), vpnSettingsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** PUT the settings (with a new shared secret only when one was typed), based on `etag`. */
export function saveVpnSettings(input: VpnSettingsInput, etag: string) {
  return http.send('PUT', endpoints.config(vpnResource), input, vpnSettingsResponseSchema, {
    ifMatch: etag,
  });
}
