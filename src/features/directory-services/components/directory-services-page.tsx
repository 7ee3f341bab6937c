import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, LockClosedRegular, PersonKeyRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { MAX_DIRECTORY_ACCOUNTS, type DirectoryAccount } from '@/api/contracts/directory-services';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { directoryServiceQueries } from '../api/directory-service-queries';
import { DirectoryAccountDialog } from './directory-account-dialog';
import { DirectoryAccountsTable } from './directory-accounts-table';
import { RemoveDirectoryAccountDialog } from './remove-directory-account-dialog';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  count: { color: tokens.colorNeutralForeground2, marginLeft: 'auto' },
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '960px',
  },
});

type Editing =
  | { mode: 'add' }
  | { mode: 'edit'; account: DirectoryAccount }
  | { mode: 'remove'; account: DirectoryAccount };

/** Configuration → Data sources → Directory services: the accounts sensors read AD with. */
export function DirectoryServicesPage({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const list = useQuery(directoryServiceQueries.list());
  const [editing, setEditing] = useState<Editing | null>(null);
  const header = (
    <PageHeader
      title="Directory services"
      description="The on-premises Active Directory accounts the sensors use to read your directory: one for each forest without a two-way trust. A read-only account is enough."
    />
  );

  if (!list.data) {
    return (
      <>
        {header}
        {list.isError && !list.isFetching ? (
          <ErrorState
            error={list.error}
            title="Directory service accounts couldn’t load"
            onRetry={() => void list.refetch()}
          />
        ) : (
          <Skeleton aria-label="Loading directory service accounts" className={styles.skeleton}>
            <SkeletonItem size={32} />
            <SkeletonItem size={32} />
          </Skeleton>
        )}
      </>
    );
  }

  const { accounts } = list.data.value;
  const { etag } = list.data;
  const close = () => setEditing(null);
  const addButton = canEdit ? (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ mode: 'add' })}>
      Add credentials
    </Button>
  ) : null;

  return (
    <>
      {header}
      <section className={styles.card} aria-label="Directory service accounts">
        {!canEdit ? (
          <MessageBar intent="info" icon={<LockClosedRegular />}>
            <MessageBarBody>
              Only Administrators can add, change or remove directory service accounts.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {accounts.length === 0 ? (
          <EmptyState
            icon={<PersonKeyRegular />}
            title="No directory service account yet"
            action={addButton}
          >
            Sensors need an account to read your Active Directory. Add a standard account with its
            password, or a group managed service account (gMSA).
          </EmptyState>
        ) : (
          <>
            <div className={styles.toolbar}>
              {addButton}
              <Text className={styles.count}>
                {accounts.length} of {MAX_DIRECTORY_ACCOUNTS} accounts
              </Text>
            </div>
            <DirectoryAccountsTable
              accounts={accounts}
              canEdit={canEdit}
              onEdit={(account) => setEditing({ mode: 'edit', account })}
              onRemove={(account) => setEditing({ mode: 'remove', account })}
            />
          </>
        )}
      </section>
      {editing?.mode === 'add' ? (
        <DirectoryAccountDialog account={null} etag={etag} onClose={close} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <DirectoryAccountDialog account={editing.account} etag={etag} onClose={close} />
      ) : null}
      {editing?.mode === 'remove' ? (
        <RemoveDirectoryAccountDialog account={editing.account} etag={etag} onClose={close} />
      ) : null}
    </>
  );
}
