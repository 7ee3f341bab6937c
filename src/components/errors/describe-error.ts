import { isApiError } from '@/api/errors';

/** Plain words for what went wrong, from any error. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (isApiError(error)) {
    if (error.status === 0 && error.code === 'network') {
      return { title: 'Can’t reach the service', detail: 'Check your connection, then try again.' };
    }
    if (error.status === 403) {
      return { title: 'You don’t have permission', detail: error.detail ?? error.title };
    }
    const reference = error.requestId ? ` (reference ${error.requestId})` : '';
    return {
      title: error.title,
      detail: `${error.detail ?? 'Try again in a moment.'}${reference}`,
    };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error ? error.message : String(error),
  };
}
