import type { QueryClient } from '@tanstack/react-query';
import { outboxQueries } from '@/features/outbox/api/outbox-queries';
import { OutboxPage } from '@/features/outbox/components/outbox-page';

/** Demo → Outbox (demo builds only): what the service sent. */
export function Component() {
  return <OutboxPage />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(outboxQueries.list());
  return null;
};
