import { Accordion, makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { entityTagsFormSchema, type EntityTagsInput } from '@/api/contracts/entity-tags';
import { ErrorState } from '@/components/errors/error-state';
import { SettingsForm } from '@/components/forms/settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
import { entityTagQueries, saveEntityTags } from '../api/entity-tag-queries';
import { entityTagsToInput, entityTagsToValues, sections } from '../utils/entity-tag-form';
import { BuiltInGroups } from './built-in-groups';
import { TagSection } from './tag-section';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
});

const TITLE = 'Entity tags';
const allOpen = [...sections, 'built-in'];

function EntityTagsForm({ canEdit }: { canEdit: boolean }) {
  const queryClient = useQueryClient();
  // Sensitivity shows on every profile, link and search hit: they are fetched again after a save.
  const save = useCallback(
    async (input: EntityTagsInput, etag: string) => {
      const saved = await saveEntityTags(input, etag);
      void queryClient.invalidateQueries({ queryKey: ['entities'] });
      return saved;
    },
    [queryClient],
  );
  const settings = useVersionedForm({
    source: useVersionedQuery(entityTagQueries.settings()),
    schema: entityTagsFormSchema,
    toValues: entityTagsToValues,
    toInput: entityTagsToInput,
    save,
    canEdit,
  });
  return (
    <SettingsForm
      form={settings}
      label={TITLE}
      readOnlyNote="Only Administrators and Users can change entity tags."
    >
      <Accordion multiple collapsible defaultOpenItems={allOpen}>
        {sections.map((section) => (
          <TagSection
            key={section}
            section={section}
            control={settings.form.control}
            canEdit={canEdit}
          />
        ))}
        <BuiltInGroups />
      </Accordion>
    </SettingsForm>
  );
}

/** Configuration → Detection → Entity tags (catalog §6.8). */
export function EntityTagsPage({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const query = useQuery(entityTagQueries.settings());
  const header = (
    <PageHeader
      title={TITLE}
      description="Honeytoken accounts raise an alert whenever they are used. Sensitive accounts, groups and Exchange servers are watched like the built-in sensitive groups: lateral movement paths lead to them."
    />
  );
  if (query.isError && !query.isFetching)
    return (
      <>
        {header}
        <ErrorState
          error={query.error}
          title={`${TITLE} couldn’t load`}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  if (!query.data)
    return (
      <>
        {header}
        <Skeleton aria-label="Loading entity tags" className={styles.skeleton}>
          {[0, 1, 2, 3].map((i) => (
            <SkeletonItem key={i} size={32} />
          ))}
        </Skeleton>
      </>
    );
  return (
    <>
      {header}
      <EntityTagsForm canEdit={canEdit} />
    </>
  );
}
