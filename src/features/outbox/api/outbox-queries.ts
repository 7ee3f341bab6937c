import { queryOptions } from '@tanstack/react-query';
import { outboxListSchema, type OutboxChannel } from '@/api/contracts/outbox';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the outbox; every key is nested under `all()`. */
export const outboxQueries = {
  all: () => ['outbox'] as const,
  /** What the service sent, newest first, of one channel (every channel without). */
  list: (channel?: OutboxChannel) =>
    queryOptions({
      queryKey: [...outboxQueries.all(), 'list', channel ?? 'all'] as const,
      queryFn: ({ signal }) =>
        http.get(
          channel ? `${endpoints.demo.outbox}?channel=${channel}` : endpoints.demo.outbox,
          outboxListSchema,
          { signal },
        ),
      retry: shouldRetry,
    }),
};
