import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  SearchBox,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Exclusion } from '@/api/contracts/alerts';
import {
  exclusionChangesSchema,
  type ExclusionChanges,
  type ExclusionDraft,
  type Exclusions,
} from '@/api/contracts/exclusions';
import { EmptyState } from '@/components/ui/empty-state';
import { SettingsForm } from '@/components/forms/settings-form';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
import { useSearchParamState } from '@/lib/url-state';
import { exclusionQueries, saveExclusions } from '../api/exclusion-queries';
import { downloadText, exclusionsCsv } from '../utils/export-csv';
import {
  countCaption,
  matchingSections,
  rowsBySection,
  sections,
  type Row,
} from '../utils/sections';
import { AddExclusion } from './add-exclusion';
import { ExclusionRows, type RowActions } from './exclusion-rows';
import { ImpactPreview } from './impact-preview';
import { PasteDialog } from './paste-dialog';
import { SearchRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  search: { width: '360px', maxWidth: '100%' },
  spacer: { flexGrow: 1 },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  caption: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  hint: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  // The lists scroll inside the card, so Save stays in reach of what was changed.
  lists: {
    maxHeight: 'max(420px, calc(100vh - 420px))',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
});

const noChanges = (): ExclusionChanges => ({ add: [], remove: [], expiry: [] });

/** Every list, each a collapsible section with its count; changes are saved together. */
export function ExclusionsForm({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const settings = useVersionedForm({
    source: useVersionedQuery(exclusionQueries.lists()),
    schema: exclusionChangesSchema,
    toValues: noChanges,
    toInput: (values: ExclusionChanges) => values,
    save: saveExclusions,
    canEdit,
  });
  const { form } = settings;
  // Subscribes to dirtyFields (react-hook-form tracks only what is read during render): after a
  // 412, "Reload and reapply" puts back exactly the lists of changes that are dirty.
  void form.formState.dirtyFields;
  const value: Exclusions = settings.data.value;
  const watched = useWatch({ control: form.control }) as Partial<ExclusionChanges>;
  const changes = useMemo<ExclusionChanges>(
    () => ({
      add: watched.add ?? [],
      remove: watched.remove ?? [],
      expiry: watched.expiry ?? [],
    }),
    [watched.add, watched.remove, watched.expiry],
  );
  const [params, setParams] = useSearchParamState();
  const search = params.get('q') ?? '';
  const [open, setOpen] = useState<string[]>([]);

  const rows = useMemo(() => rowsBySection(value.items, changes), [value.items, changes]);
  const shown = useMemo(() => matchingSections(sections, rows, search), [rows, search]);
  const set = <K extends keyof ExclusionChanges>(key: K, next: ExclusionChanges[K]) =>
    form.setValue(key, next as never, { shouldDirty: true });

  const actions: RowActions = {
    canEdit,
    asOf: value.asOf,
    remove: (row: Row) => {
      if (row.state === 'new')
        set(
          'add',
          changes.add.filter((_, k) => k !== row.index),
        );
      else set('remove', [...changes.remove, row.entry.id]);
    },
    undoRemove: (id) =>
      set(
        'remove',
        changes.remove.filter((x) => x !== id),
      ),
    setExpiry: (entry: Exclusion, expiresAt) => {
      const rest = changes.expiry.filter((c) => c.id !== entry.id);
      const same = expiresAt === (entry.expiresAt ?? null);
      set('expiry', same ? rest : [...rest, { id: entry.id, expiresAt }]);
    },
  };
  const add = (drafts: ExclusionDraft[]) => {
    const key = (d: ExclusionDraft) => `${d.detectionId}|${d.kind}|${d.value.toLowerCase()}`;
    const have = new Set(changes.add.map(key));
    set('add', [...changes.add, ...drafts.filter((d) => !have.has(key(d)))]);
    const section = drafts[0]?.detectionId ?? 'global';
    if (!open.includes(section)) setOpen([...open, section]);
  };
  const total = value.items.length;
  const addError = form.formState.errors.add?.message;

  return (
    <SettingsForm
      form={settings}
      label="Exclusions"
      readOnlyNote="Only Administrators and Users can change exclusions."
    >
      <div className={styles.toolbar} role="search" aria-label="Detections">
        <SearchBox
          className={styles.search}
          aria-label="Search detections and entries"
          placeholder="Search by detection, ID or excluded value"
          contentBefore={<SearchRegular />}
          value={search}
          onChange={(_, data) => setParams({ q: data.value })}
        />
        <Text className={styles.caption}>
          {shown.length} of {sections.length} lists · {total} {total === 1 ? 'entry' : 'entries'}
        </Text>
        <span className={styles.spacer} />
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={total === 0}
          onClick={() => downloadText('exclusions.csv', exclusionsCsv(value.items))}
        >
          Export as CSV
        </Button>
      </div>
      {addError && <Text role="alert">{addError}</Text>}
      <ImpactPreview add={changes.add} />
      {shown.length === 0 ? (
        <EmptyState icon={<SearchRegular />} title="No list matches your search" headingLevel={2}>
          Search by a detection’s name or ID, or by an excluded value.
        </EmptyState>
      ) : (
        <div className={styles.lists} role="region" aria-label="Exclusion lists" tabIndex={0}>
          <Accordion
            multiple
            collapsible
            openItems={open}
            onToggle={(_, data) => setOpen(data.openItems as string[])}
          >
            {shown.map((section) => {
              const of = rows.get(section.key) ?? [];
              return (
                <AccordionItem key={section.key} value={section.key}>
                  <AccordionHeader as="h2" size="large">
                    <span className={styles.header}>
                      {section.title}
                      {section.detectionId && (
                        <Text className={styles.caption}>({section.detectionId})</Text>
                      )}
                      {section.preview && (
                        <Badge appearance="outline" color="informative">
                          Preview
                        </Badge>
                      )}
                      <Text className={styles.caption}>— {countCaption(of)}</Text>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <div className={styles.panel}>
                      {section.hint && <Text className={styles.hint}>{section.hint}</Text>}
                      {of.length > 0 ? (
                        <ExclusionRows rows={of} actions={actions} />
                      ) : (
                        <Text className={styles.caption}>Nothing is excluded from this list.</Text>
                      )}
                      {canEdit && (
                        <>
                          <AddExclusion section={section} onAdd={add} />
                          <div className={styles.actions}>
                            <PasteDialog section={section} onAdd={add} />
                          </div>
                        </>
                      )}
                    </div>
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </div>
      )}
    </SettingsForm>
  );
}
