import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
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
    return { title: error.title, detail: `${error.detail ?? 'Try again in a moment.'}${reference}` };
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}

/** The designed error state of a page or panel: what happened, and Retry when it can help. */
export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: (() => void) | undefined;
  title?: string | undefined;
}) {
  const described = describeError(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? described.title}</MessageBarTitle>
        {title ? `${described.title}. ${described.detail}` : described.detail}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            Retry
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
