import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '@/api/contracts/me';
import { isApiError } from '@/api/errors';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useDeleteInstance } from '../api/use-delete-instance';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    lineHeight: tokens.lineHeightBase400,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '420px',
  },
  button: { alignSelf: 'flex-start' },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorPaletteRedForeground1,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorPaletteRedForeground1,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

/**
 * Configuration → Admin → Delete instance (Administrators only): what deletion does, then the
 * instance name typed to confirm. Afterwards the portal goes to the welcome page.
 */
export function DeleteInstancePage({ me, canDelete }: { me: Me; canDelete: boolean }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const remove = useDeleteInstance();
  const [typed, setTyped] = useState('');
  const name = me.instance?.name ?? '';
  const groups = ['Administrators', 'Users', 'Viewers'].map((g) => `Vigil ${name} ${g}`);
  const matches = typed.trim() === name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches || remove.isPending) return;
    remove.mutate(
      { confirmName: typed.trim() },
      { onSuccess: () => void navigate(paths.noInstance, { replace: true }) },
    );
  };

  const fieldError = isApiError(remove.error) && remove.error.fieldErrors.confirmName?.[0];

  return (
    <div>
      <PageHeader
        title="Delete instance"
        description="Remove this instance of Vigil and everything it holds from your organization."
      />
      <section className={styles.card} aria-label="Delete instance">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Deleting {name} can’t be undone</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
        <Text>Deleting the instance, at once:</Text>
        <ul className={styles.list}>
          <li>
            deletes its data — security alerts, entity activities, health issues, configuration and
            the audit log;
          </li>
          <li>
            stops every sensor from reporting: they can no longer reach the instance, so uninstall
            them from your servers;
          </li>
          <li>removes its role groups from your directory: {groups.join(', ')};</li>
          <li>
            returns {me.tenant.name} to the welcome page, where a new instance can be created.
          </li>
        </ul>
        {canDelete ? (
          <form className={styles.form} onSubmit={submit} noValidate>
            <Field
              label={`Type the instance name (${name}) to confirm`}
              required
              validationState={fieldError ? 'error' : 'none'}
              validationMessage={fieldError || undefined}
            >
              <Input
                value={typed}
                onChange={(_, data) => setTyped(data.value)}
                autoComplete="off"
              />
            </Field>
            {remove.isError && !fieldError ? (
              <ErrorState error={remove.error} title="The instance wasn’t deleted" />
            ) : null}
            <Button
              type="submit"
              icon={<DeleteRegular />}
              className={mergeClasses(styles.button, matches && styles.danger)}
              disabledFocusable={!matches || remove.isPending}
            >
              {remove.isPending ? 'Deleting…' : 'Delete instance'}
            </Button>
          </form>
        ) : (
          <Text role="note">
            Only members of the Administrators role group, and Global or Security Administrators of{' '}
            {me.tenant.name}, can delete the instance.
          </Text>
        )}
      </section>
    </div>
  );
}
