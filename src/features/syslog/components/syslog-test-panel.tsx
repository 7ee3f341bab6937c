import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Sensor } from '@/api/contracts/sensors';
import { syslogTestRequestSchema, type SyslogSettings } from '@/api/contracts/syslog';
import { ErrorState } from '@/components/errors/error-state';
import { env } from '@/config/env';
import { applyServerFieldErrors } from '@/lib/forms/server-errors';
import { useSendTestMessage } from '../api/use-send-test-message';
import { previewLine } from '../utils/cef';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: 'break-all',
  },
  empty: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

function sameSettings(sent: unknown, now: unknown) {
  return JSON.stringify(sent) === JSON.stringify(now);
}

export interface SyslogTestPanelProps {
  form: UseFormReturn<SyslogSettings>;
  canEdit: boolean;
  sensors: readonly Sensor[];
  asOf: string;
  instanceUrl: string;
}

/** The line the current settings produce, and "Send test message" with what happened. */
export function SyslogTestPanel({
  form,
  canEdit,
  sensors,
  asOf,
  instanceUrl,
}: SyslogTestPanelProps) {
  const styles = useStyles();
  const hintId = useId();
  const values = useWatch({ control: form.control });
  const line = previewLine(
    { sensorId: values.sensorId ?? null, format: values.format ?? 'RFC 5424' },
    sensors,
    instanceUrl,
    asOf,
  );
  const testable = syslogTestRequestSchema.safeParse(values).success;
  const test = useSendTestMessage();
  // A result describes the settings it was sent with: once they change, it no longer applies.
  const result =
    test.data && !test.isPending && sameSettings(test.variables, values) ? test.data : null;
  const stale = test.data && !test.isPending && !result;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [result]);

  const send = () => {
    const settings = form.getValues();
    test.mutate(settings, {
      onError: (error) => applyServerFieldErrors(error, form.setError, Object.keys(settings)),
    });
  };

  return (
    <section className={styles.section} aria-labelledby="syslog-preview-heading">
      <Text
        as="h2"
        id="syslog-preview-heading"
        size={400}
        weight="semibold"
        className={styles.heading}
      >
        Preview and test
      </Text>
      {line ? (
        <Field
          label="Message preview"
          hint={`A sample security alert as ${values.format ?? ''} Syslog from the chosen sensor. Real messages carry the time they are sent.`}
        >
          <Textarea
            readOnly
            value={line}
            rows={5}
            resize="vertical"
            textarea={{ className: styles.mono }}
          />
        </Field>
      ) : (
        <Text className={styles.empty}>
          {canEdit
            ? 'Choose a sensor to see the message it sends.'
            : 'No sensor is chosen yet, so there is no message to preview.'}
        </Text>
      )}
      {canEdit && (
        <div className={styles.actions}>
          <Button
            type="button"
            icon={<SendRegular />}
            disabled={!testable || test.isPending}
            aria-describedby={hintId}
            onClick={send}
          >
            {test.isPending ? 'Sending…' : 'Send test message'}
          </Button>
          <Text size={200} id={hintId} className={styles.hint}>
            {testable
              ? 'Sends the sample alert with the settings above, saved or not.'
              : 'Choose a sensor and enter a valid server and port to send a test message.'}
            {env.demo
              ? ' In this demo, servers under .invalid, named unreachable.*, or in 203.0.113.0/24 don’t answer.'
              : ''}
          </Text>
        </div>
      )}
      <div ref={resultRef} className={styles.section}>
        <div role="status" aria-label="Test message result">
          {result && (
            <MessageBar intent={result.delivered ? 'success' : 'error'}>
              <MessageBarBody>
                <MessageBarTitle>
                  {result.delivered ? 'Test message sent' : 'The test message wasn’t delivered'}
                </MessageBarTitle>
                {result.detail}
              </MessageBarBody>
            </MessageBar>
          )}
          {stale && (
            <Text size={200} className={styles.hint}>
              The settings changed since the last test message: send another to check them.
            </Text>
          )}
        </div>
        {result && (
          <Field label="Message that was sent">
            <Textarea
              readOnly
              value={result.line}
              rows={5}
              resize="vertical"
              textarea={{ className: styles.mono }}
            />
          </Field>
        )}
      </div>
      {test.isError && <ErrorState error={test.error} title="The test message couldn’t be sent" />}
    </section>
  );
}
