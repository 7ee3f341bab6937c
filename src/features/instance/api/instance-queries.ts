import { queryOptions } from '@tanstack/react-query';
import { instancePlanSchema } from '@/api/contracts/instance';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** What creating the tenant's instance would do (name, region, role groups, who may create it). */
export const instanceQueries = {
  all: () => ['instance'] as const,
  plan: () =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'plan'] as const,
      queryFn: ({ signal }) => http.get(endpoints.instancePlan, instancePlanSchema, { signal }),
      retry: shouldRetry,
    }),
};
