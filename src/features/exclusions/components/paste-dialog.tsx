import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ClipboardPasteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ExclusionDraft, ExclusionParseResult } from '@/api/contracts/exclusions';
import { ErrorState } from '@/components/errors/error-state';
import { parseExclusions } from '../api/exclusion-queries';
import type { Section } from '../utils/sections';
import { placeholders } from './add-exclusion';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '220px' },
  errors: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: '180px',
    overflowY: 'auto',
  },
});

/**
 * Paste many entries, or upload a CSV (Export's format reads back): the service checks every line
 * and names each bad one by number and column; the good ones are added to the list on "Add".
 */
export function PasteDialog({
  section,
  onAdd,
}: {
  section: Section;
  onAdd: (drafts: ExclusionDraft[]) => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ExclusionParseResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const reset = () => {
    setText('');
    setResult(null);
    setFailure(null);
  };

  const check = async (body: string) => {
    setChecking(true);
    setFailure(null);
    try {
      setResult(await parseExclusions({ detectionId: section.detectionId, text: body }));
    } catch (cause) {
      setFailure(cause);
    } finally {
      setChecking(false);
    }
  };

  const n = result?.entries.length ?? 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (!data.open) reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button
          icon={<ClipboardPasteRegular />}
          aria-label={`Paste or upload many to ${section.title}`}
        >
          Paste or upload many
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Add many to {section.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              One value per line (such as {placeholders[section.kinds[0]!]}), or a CSV file whose
              first line names the columns <code>value</code>, <code>kind</code>,{' '}
              <code>expiresAt</code> and <code>note</code>, as Export writes them.
            </Text>
            <Field label="Entries">
              <Textarea
                className={styles.text}
                value={text}
                resize="vertical"
                onChange={(_, data) => {
                  setText(data.value);
                  setResult(null);
                }}
              />
            </Field>
            <Field label="Or upload a CSV or text file">
              <input
                aria-label="Upload a CSV or text file"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (!file) return;
                  void file.text().then((body) => {
                    setText(body);
                    void check(body);
                  });
                }}
              />
            </Field>
            {failure ? (
              <ErrorState error={failure} title="The entries couldn’t be checked" />
            ) : null}
            {result && (
              <MessageBar intent={result.errors.length ? 'warning' : 'success'} layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {n} {n === 1 ? 'entry' : 'entries'} ready to add
                    {result.duplicates ? `, ${result.duplicates} already listed (merged)` : ''}
                    {result.errors.length
                      ? `, ${result.errors.length} ${result.errors.length === 1 ? 'line' : 'lines'} with problems`
                      : ''}
                  </MessageBarTitle>
                  {result.errors.length > 0 && (
                    <ul className={styles.errors} aria-label="Lines with problems">
                      {result.errors.map((e) => (
                        <li key={`${e.line}-${e.field}`}>
                          Line {e.line} ({e.field}): {e.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <Button disabled={!text.trim() || checking} onClick={() => void check(text)}>
              {checking ? 'Checking…' : 'Check'}
            </Button>
            <Button
              appearance="primary"
              disabled={!result || n === 0}
              onClick={() => {
                onAdd(result!.entries.map(({ entity: _entity, ...draft }) => draft));
                setOpen(false);
                reset();
              }}
            >
              {n > 0 ? `Add ${n} ${n === 1 ? 'entry' : 'entries'}` : 'Add'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
