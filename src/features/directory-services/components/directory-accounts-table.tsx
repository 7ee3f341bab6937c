import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { directoryAccountLabel, type DirectoryAccount } from '@/api/contracts/directory-services';
import { passwordStateText } from './password-field';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export function DirectoryAccountsTable({
  accounts,
  canEdit,
  onEdit,
  onRemove,
}: {
  accounts: readonly DirectoryAccount[];
  canEdit: boolean;
  onEdit: (account: DirectoryAccount) => void;
  onRemove: (account: DirectoryAccount) => void;
}) {
  const styles = useStyles();
  return (
    <Table aria-label="Directory service accounts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Account</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
          <TableHeaderCell>Password</TableHeaderCell>
          {canEdit ? <TableHeaderCell>Actions</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map((account) => {
          const label = directoryAccountLabel(account);
          return (
            <TableRow key={account.id}>
              <TableCell>{label}</TableCell>
              <TableCell>{account.kind}</TableCell>
              <TableCell>
                {account.kind === 'gMSA'
                  ? 'Not used (the sensors retrieve it)'
                  : passwordStateText(account.password).replace(/^Password: /, '')}
              </TableCell>
              {canEdit ? (
                <TableCell>
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      icon={<EditRegular />}
                      aria-label={`Edit ${label}`}
                      onClick={() => onEdit(account)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="small"
                      icon={<DeleteRegular />}
                      aria-label={`Remove ${label}`}
                      onClick={() => onRemove(account)}
                    >
                      Remove
                    </Button>
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
