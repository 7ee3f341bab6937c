import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { describeError } from './describe-error';

/** The designed error state of a page or panel: what happened, and Retry when it can help. */
export default function ErrorStateView({
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
