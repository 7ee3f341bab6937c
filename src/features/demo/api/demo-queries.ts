import { queryOptions } from '@tanstack/react-query';
import { demoStateSchema } from '@/api/contracts/demo';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

export const demoQueries = {
  all: () => ['demo'] as const,
  state: () =>
    queryOptions({
      queryKey: [...demoQueries.all(), 'state'] as const,
      queryFn: ({ signal }) => http.get(endpoints.demo.state, demoStateSchema, { signal }),
    }),
};
