import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, CopyRegular, EyeOffRegular, EyeRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { describeError } from '@/components/errors/describe-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fetchAccessKey, useRegenerateAccessKey } from '../api/sensor-setup-api';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
  // The key (88 characters) wraps on two lines instead of scrolling out of sight once revealed.
  input: { width: '100%' },
  key: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  success: { color: tokens.colorPaletteGreenForeground1 },
  failure: { color: tokens.colorPaletteRedForeground1 },
});

const MASK = '•'.repeat(32);

/**
 * The access key: masked until **Reveal** reads it (kept in this component only), **Copy** puts it
 * on the clipboard, **Regenerate** replaces it after a confirmation.
 */
export function AccessKeyField() {
  const styles = useStyles();
  const hintId = useId();
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const regenerate = useRegenerateAccessKey();
  // What the last Copy or Regenerate did, announced in a live region beside the buttons.
  const [notice, setNotice] = useState<{ text: string; intent: 'success' | 'error' } | null>(null);
  const toast = (text: string, intent: 'success' | 'error' = 'success') =>
    setNotice({ text, intent });

  const read = async () => {
    setNotice(null);
    setBusy(true);
    setError(null);
    try {
      return await fetchAccessKey();
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const reveal = async () => {
    if (key) return setKey(null);
    setKey(await read());
  };

  const copy = async () => {
    const value = key ?? (await read());
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value);
      toast('Access key copied to the clipboard');
    } catch {
      toast(
        'Couldn’t copy: your browser blocked the clipboard. Reveal the key and copy it by hand.',
        'error',
      );
    }
  };

  const confirmRegenerate = () =>
    regenerate.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setKey(null);
        toast('Access key regenerated. Use the new key for new installations.');
      },
    });

  const problem = error ? describeError(error) : null;
  return (
    <>
      <Field label={{ children: 'Access key', weight: 'semibold' }}>
        <div className={styles.box}>
          {/* Above the key rather than as the Field's hint (below the buttons), like the package's. */}
          <Text id={hintId} className={styles.hint}>
            Used once, when a sensor is installed. Regenerating it doesn’t affect sensors already
            installed.
          </Text>
          <Textarea
            className={styles.input}
            textarea={{ className: styles.key }}
            resize="none"
            rows={2}
            readOnly
            value={key ?? MASK}
            aria-label={key ? 'Access key' : 'Access key (hidden)'}
            aria-describedby={hintId}
          />
          <div className={styles.row}>
            <Button
              icon={key ? <EyeOffRegular /> : <EyeRegular />}
              disabled={busy}
              onClick={() => void reveal()}
            >
              {key ? 'Hide' : 'Reveal'}
            </Button>
            <Button icon={<CopyRegular />} disabled={busy} onClick={() => void copy()}>
              Copy
            </Button>
            <Button icon={<ArrowSyncRegular />} onClick={() => setConfirming(true)}>
              Regenerate
            </Button>
            {confirming ? (
              <ConfirmDialog
                modalType="modal"
                title="Regenerate the access key?"
                confirmLabel="Regenerate"
                pendingLabel="Regenerating…"
                pending={regenerate.isPending}
                error={regenerate.error}
                errorTitle="The access key wasn’t regenerated"
                onConfirm={confirmRegenerate}
                onCancel={() => {
                  regenerate.reset();
                  setConfirming(false);
                }}
              >
                <p>
                  New sensor installations will need the new key: the current key stops working for
                  them at once.
                </p>
                <p>
                  Sensors already deployed keep working; they don’t use the key after installation.
                </p>
              </ConfirmDialog>
            ) : null}
          </div>
        </div>
      </Field>
      {notice ? (
        <Text
          role="status"
          size={200}
          className={notice.intent === 'error' ? styles.failure : styles.success}
        >
          {notice.text}
        </Text>
      ) : null}
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {problem.title}. {problem.detail}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
