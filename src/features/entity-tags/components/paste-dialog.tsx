import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntityTagFormEntry, EntityTagSection } from '@/api/contracts/entity-tags';
import { entityTagSections } from '@/api/contracts/entity-tags';
import { ErrorState } from '@/components/errors/error-state';
import { resolvePastedLines } from '../api/entity-tag-queries';
import { pastedLines } from '../utils/entity-tag-form';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * Paste many names (display name, SAM name, UPN or DNS name), one a line: each line is resolved
 * by the service; the entities found are added to the section, and the lines that name nothing
 * it takes stay in the box, each named with its reason.
 */
export function PasteDialog({
  section,
  onAdd,
  onClose,
}: {
  section: EntityTagSection;
  onAdd: (entries: EntityTagFormEntry[]) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { title } = entityTagSections[section];
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ line: string; problem: string }[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const resolve = useMutation({ mutationFn: resolvePastedLines });
  const lines = pastedLines(text);

  const submit = () => {
    if (!lines.length) return;
    resolve.mutate(
      { section, lines },
      {
        onSuccess: ({ items }) => {
          const found = items.flatMap((i) => (i.entity && !i.problem ? [i.entity] : []));
          onAdd(
            found.map(({ id, kind, name, domain, computerRole }) => ({
              id,
              kind,
              name,
              domain,
              ...(computerRole && { computerRole }),
            })),
          );
          const bad = items.flatMap((i) =>
            i.problem ? [{ line: i.line, problem: i.problem }] : [],
          );
          if (!bad.length) {
            onClose();
            return;
          }
          setAdded(found.length);
          setProblems(bad);
          setText(bad.map((b) => b.line).join('\n'));
        },
      },
    );
  };

  const message = problems.length ? (
    <>
      <Text>
        {problems.length === 1 ? '1 line wasn’t added:' : `${problems.length} lines weren’t added:`}
      </Text>
      <ul className={styles.problems}>
        {problems.map((p) => (
          <li key={p.line} dir="auto">
            {p.problem}
          </li>
        ))}
      </ul>
    </>
  ) : undefined;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Paste a list into {title}</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>
              One entity a line: a display name, SAM name, UPN, or a computer’s DNS name. Lines the
              service can’t match stay here with the reason; the others are added to the list (save
              the page to apply them).
            </Text>
            {added !== null && (
              <Text role="status">
                {added === 1
                  ? '1 entity added.'
                  : `${added.toLocaleString('en-US')} entities added.`}
              </Text>
            )}
            <Field
              label="Names, one a line"
              validationState={problems.length ? 'error' : 'none'}
              validationMessage={message}
            >
              <Textarea
                value={text}
                resize="vertical"
                rows={8}
                onChange={(_, data) => {
                  setText(data.value);
                  setProblems([]);
                }}
              />
            </Field>
            {resolve.isError ? (
              <ErrorState error={resolve.error} title="The list couldn’t be checked" />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!lines.length || resolve.isPending}
              onClick={submit}
            >
              {resolve.isPending ? 'Checking…' : 'Add to list'}
            </Button>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
