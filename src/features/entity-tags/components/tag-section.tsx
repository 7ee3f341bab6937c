import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, TextBulletListAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import {
  entityTagSections,
  type EntityTagFormEntry,
  type EntityTagSection,
  type EntityTagsForm,
} from '@/api/contracts/entity-tags';
import { EntityLink } from '@/components/domain/entity-link';
import { EntityPicker } from '@/components/domain/entity-picker';
import { formatDateTime } from '@/lib/format';
import { countCaption, withAdded } from '../utils/entity-tag-form';
import { PasteDialog } from './paste-dialog';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  caption: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 2fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ':last-child': { borderBottom: 'none' },
  },
  meta: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground2 },
  add: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  picker: { flexGrow: 1, maxWidth: '480px' },
});

const hints: Record<EntityTagSection, string> = {
  honeytokens:
    'Accounts and devices no one should use: any authentication by them raises a Honeytoken activity alert.',
  sensitiveAccounts:
    'Accounts treated as sensitive, like members of the built-in sensitive groups: lateral movement paths lead to them.',
  sensitiveGroups: 'Every member of these groups, nested members included, is sensitive.',
  exchangeServers:
    'Computers that run Exchange: they are sensitive, with “Exchange server” as the reason.',
};

const emptyText: Record<EntityTagSection, string> = {
  honeytokens: 'No honeytoken accounts or devices yet.',
  sensitiveAccounts: 'No accounts tagged sensitive yet.',
  sensitiveGroups: 'No groups tagged sensitive yet.',
  exchangeServers: 'No Exchange servers tagged yet.',
};

/** One collapsible section of Entity tags: its count, its entities, add by search or by paste. */
export function TagSection({
  section,
  control,
  canEdit,
}: {
  section: EntityTagSection;
  control: Control<EntityTagsForm>;
  canEdit: boolean;
}) {
  const styles = useStyles();
  const { title, kinds, noun } = entityTagSections[section];
  const { field, fieldState } = useController({ control, name: section });
  const entries = field.value;
  const [pasting, setPasting] = useState(false);
  const add = (added: EntityTagFormEntry[]) => field.onChange(withAdded(field.value, added));
  const remove = (id: string) => field.onChange(field.value.filter((e) => e.id !== id));
  const headingId = `entity-tags-${section}`;

  return (
    <AccordionItem value={section}>
      <AccordionHeader as="h2" size="large" id={headingId}>
        <span className={styles.header}>
          {title}
          <Text size={300} className={styles.caption}>
            {countCaption(entries.length, noun)}
          </Text>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text>{hints[section]}</Text>
        {entries.length === 0 ? (
          <Text className={styles.empty}>{emptyText[section]}</Text>
        ) : (
          <ul className={styles.list} aria-labelledby={headingId}>
            {entries.map((entry) => (
              <li key={entry.id} className={styles.row}>
                <EntityLink entity={entry} icon />
                <Text className={styles.meta} truncate wrap={false}>
                  {entry.domain}
                </Text>
                <Text size={200} className={styles.meta}>
                  {entry.taggedBy && entry.taggedAt
                    ? `Tagged by ${entry.taggedBy} on ${formatDateTime(entry.taggedAt)}`
                    : 'Added, not saved yet'}
                </Text>
                {canEdit ? (
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={`Remove ${entry.name} from ${title}`}
                    onClick={() => remove(entry.id)}
                  />
                ) : (
                  <span />
                )}
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <div className={styles.add}>
            <div className={styles.picker}>
              <EntityPicker
                label={`Add to ${title}`}
                kinds={kinds}
                exclude={new Set(entries.map((e) => e.id))}
                validationMessage={fieldState.error?.message}
                onPick={(hit) =>
                  add([
                    {
                      id: hit.id,
                      kind: hit.kind,
                      name: hit.name,
                      domain: hit.domain,
                      ...(hit.computerRole && { computerRole: hit.computerRole }),
                    },
                  ])
                }
              />
            </div>
            <Button icon={<TextBulletListAddRegular />} onClick={() => setPasting(true)}>
              Paste a list…
            </Button>
          </div>
        )}
        {pasting ? (
          <PasteDialog section={section} onAdd={add} onClose={() => setPasting(false)} />
        ) : null}
      </AccordionPanel>
    </AccordionItem>
  );
}
