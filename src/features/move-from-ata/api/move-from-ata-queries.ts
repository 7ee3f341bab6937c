import { queryOptions } from '@tanstack/react-query';
import { moveChecklistSchema } from '@/api/contracts/move-from-ata';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** The move-from-ATA checklist; every key is nested under `all()`. */
export const moveFromAtaQueries = {
  all: () => ['move-from-ata'] as const,
  checklist: () =>
    queryOptions({
      queryKey: [...moveFromAtaQueries.all(), 'checklist'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.moveFromAtaChecklist, moveChecklistSchema, { signal }),
      // Every item is done on another page: look again whenever the page is shown.
      staleTime: 0,
      retry: shouldRetry,
    }),
};
