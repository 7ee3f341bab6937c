import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type {
  ConfigurationDocument,
  ImportPreview,
  ImportResult,
} from '@/api/contracts/configuration-transfer';
import { isApiError } from '@/api/errors';
import { ErrorState } from '@/components/errors/error-state';
import {
  exportConfiguration,
  useImportConfiguration,
  usePreviewImport,
} from '../api/configuration-transfer-api';
import { parseJsonWithLines } from '../utils/json-locate';
import { ImportPreviewView } from './import-preview';
import { useCardStyles } from './styles';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface FileProblem {
  line: number | undefined;
  path: string;
  message: string;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'invalid'; fileName: string; problems: FileProblem[] }
  | { kind: 'failed'; fileName: string; error: unknown }
  | { kind: 'preview'; fileName: string; document: ConfigurationDocument; preview: ImportPreview }
  | { kind: 'imported'; fileName: string; result: ImportResult };

const problemText = (p: FileProblem) =>
  `${p.line === undefined ? '' : `Line ${p.line}`}${p.path ? `${p.line === undefined ? '' : ', '}${p.path}` : ''}: ${p.message}`;

/**
 * Export the configuration as a file, and import one: read and checked in the browser (syntax, with
 * the line), validated by the service (field errors shown with their line), shown as a per-page
 * diff, then applied all or nothing. Import is for Administrators.
 */
export function ConfigurationTransfer({
  canExport,
  canImport,
}: {
  canExport: boolean;
  canImport: boolean;
}) {
  const card = useCardStyles();
  const styles = useStyles();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [exporting, setExporting] = useState<{ pending: boolean; error?: unknown }>({
    pending: false,
  });
  const previewImport = usePreviewImport();
  const applyImport = useImportConfiguration();

  const runExport = async () => {
    setExporting({ pending: true });
    try {
      await exportConfiguration();
      setExporting({ pending: false });
    } catch (error) {
      setExporting({ pending: false, error });
    }
  };

  const check = async (fileName: string, text: string) => {
    setStage({ kind: 'checking', fileName });
    const parsed = parseJsonWithLines(text);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      setStage({
        kind: 'invalid',
        fileName,
        problems: [{ line, path: `column ${column}`, message }],
      });
      return;
    }
    try {
      const preview = await previewImport.mutateAsync(parsed.value);
      setStage({
        kind: 'preview',
        fileName,
        document: parsed.value as ConfigurationDocument,
        preview,
      });
    } catch (error) {
      if (isApiError(error) && error.status === 400 && Object.keys(error.fieldErrors).length > 0) {
        const problems = Object.entries(error.fieldErrors)
          .flatMap(([path, messages]) =>
            messages.map((message) => ({ line: parsed.lineOf(path), path, message })),
          )
          .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        setStage({ kind: 'invalid', fileName, problems });
      } else {
        setStage({ kind: 'failed', fileName, error });
      }
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await check(file.name, await file.text());
  };

  const runImport = async () => {
    if (stage.kind !== 'preview') return;
    try {
      const result = await applyImport.mutateAsync({
        document: stage.document,
        etag: stage.preview.etag,
      });
      setStage({ kind: 'imported', fileName: stage.fileName, result });
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        // The configuration changed since the diff was made: show the diff again, made afresh.
        await check(stage.fileName, JSON.stringify(stage.document));
      }
    }
  };

  const changedPages =
    stage.kind === 'preview'
      ? stage.preview.sections.filter((s) => s.changes.length > 0).length
      : 0;

  return (
    <section className={card.card} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={card.heading}>
        Export and import configuration
      </Text>
      <Text className={card.muted}>
        Carry this instance’s configuration to another instance, or bring in an ATA inventory
        written in the same format (one JSON file, every page a section). Passwords, the RADIUS
        shared secret and the access key are never part of it: enter them on their pages.
      </Text>
      <div className={styles.actions}>
        {canExport ? (
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={() => void runExport()}
            disabledFocusable={exporting.pending}
          >
            {exporting.pending ? 'Exporting…' : 'Export configuration'}
          </Button>
        ) : null}
        {canImport ? (
          <>
            <Button
              appearance="primary"
              icon={<ArrowUploadRegular />}
              onClick={() => inputRef.current?.click()}
              disabledFocusable={stage.kind === 'checking' || applyImport.isPending}
            >
              Import configuration…
            </Button>
            <input
              ref={inputRef}
              type="file"
              accept="application/json,.json"
              aria-label="Configuration file to import"
              hidden
              onChange={(event) => void onFile(event)}
            />
          </>
        ) : null}
      </div>
      {!canImport ? (
        <Text role="note">
          {canExport
            ? 'Only Administrators can import a configuration.'
            : 'Only Administrators and Users can export the configuration, and only Administrators can import one.'}
        </Text>
      ) : null}
      {exporting.error ? (
        <ErrorState error={exporting.error} title="The configuration couldn’t be exported" />
      ) : null}

      {stage.kind === 'checking' ? <Text role="status">Checking {stage.fileName}…</Text> : null}
      {stage.kind === 'invalid' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{stage.fileName} can’t be imported</MessageBarTitle>
            Nothing was changed. Correct the file and import it again.
            <ul className={styles.errors} aria-label={`Problems in ${stage.fileName}`}>
              {stage.problems.map((p) => (
                <li key={`${p.path}-${p.message}`}>{problemText(p)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {stage.kind === 'failed' ? (
        <ErrorState error={stage.error} title={`${stage.fileName} couldn’t be checked`} />
      ) : null}
      {stage.kind === 'preview' ? (
        <section aria-label={`Changes in ${stage.fileName}`} className={card.card}>
          <Text as="h3" size={400} weight="semibold" className={card.heading}>
            Changes in {stage.fileName}
          </Text>
          <ImportPreviewView preview={stage.preview} />
          {applyImport.isError ? (
            <ErrorState error={applyImport.error} title="Nothing was imported" />
          ) : null}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => void runImport()}
              disabledFocusable={changedPages === 0 || applyImport.isPending}
            >
              {applyImport.isPending
                ? 'Importing…'
                : changedPages === 0
                  ? 'Nothing to import'
                  : `Import changes to ${changedPages} ${changedPages === 1 ? 'page' : 'pages'}`}
            </Button>
            <Button onClick={() => setStage({ kind: 'idle' })}>Cancel</Button>
          </div>
        </section>
      ) : null}
      {stage.kind === 'imported' ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{stage.fileName} imported</MessageBarTitle>
            {stage.result.changed.length === 0
              ? 'Nothing needed to change.'
              : `Changed: ${stage.result.changed.map((c) => c.page).join(', ')}. Each change is in the audit log.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
