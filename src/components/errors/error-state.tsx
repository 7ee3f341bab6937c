import { lazy, Suspense } from 'react';
import { describeError } from './describe-error';

export { describeError };

// Error UI (Fluent MessageBar) is only needed when something failed: load it then.
const ErrorStateView = lazy(() => import('./error-state-view'));

export interface ErrorStateProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  title?: string | undefined;
}

/** The designed error state of a page or panel: what happened, and Retry when it can help. */
export function ErrorState(props: ErrorStateProps) {
  const described = describeError(props.error);
  // Until the view loads (a moment), the same words show as plain text; the view is the alert.
  return (
    <Suspense fallback={<div>{`${props.title ?? described.title}. ${described.detail}`}</div>}>
      <ErrorStateView {...props} />
    </Suspense>
  );
}
