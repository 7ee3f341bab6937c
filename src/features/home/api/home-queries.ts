import { queryOptions } from '@tanstack/react-query';
import { domainControllerListSchema } from '@/api/contracts/domain-controllers';
import { onboardingSchema } from '@/api/contracts/onboarding';
import { sensorListSchema } from '@/api/contracts/sensors';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** What Home shows: the deployment's sensors, domain controller coverage and onboarding steps. */
export const homeQueries = {
  /**
   * The setup steps follow changes made on other pages (a directory account added, a sensor
   * installed), which can't invalidate this feature's keys: always fresh when Home mounts.
   */
  onboarding: () =>
    queryOptions({
      queryKey: ['onboarding'] as const,
      queryFn: ({ signal }) => http.get(endpoints.onboarding, onboardingSchema, { signal }),
      staleTime: 0,
      retry: shouldRetry,
    }),
  domainControllers: () =>
    queryOptions({
      queryKey: ['domain-controllers'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.domainControllers, domainControllerListSchema, { signal }),
      retry: shouldRetry,
    }),
  /**
   * The sensor list, under the same key as the Sensors page's list query (features can't import
   * each other), so both pages share one cache entry.
   */
  sensors: () =>
    queryOptions({
      queryKey: ['sensors', 'list'] as const,
      queryFn: ({ signal }) => http.get(endpoints.sensors, sensorListSchema, { signal }),
      retry: shouldRetry,
    }),
};
