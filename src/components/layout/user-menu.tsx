import {
  Avatar,
  Button,
  Divider,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  surface: { width: '300px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  identity: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0 },
});

export interface UserMenuProps {
  name: string;
  upn: string;
  tenantName: string;
  role: string;
  onSignOut: () => void;
}

/** The signed-in user's name, UPN, tenant and role, and Sign out. */
export function UserMenu({ name, upn, tenantName, role, onSignOut }: UserMenuProps) {
  const styles = useStyles();
  return (
    <Popover positioning="below-end" withArrow trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" aria-label={`Account: ${name}`} icon={<Avatar name={name} size={28} />} />
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label="Account">
        <div className={styles.identity}>
          <Avatar name={name} size={48} />
          <div className={styles.lines}>
            <Text weight="semibold">{name}</Text>
            <Text size={200}>{upn}</Text>
          </div>
        </div>
        <dl className={styles.facts}>
          <dt className={styles.term}>Tenant</dt>
          <dd className={styles.definition}>{tenantName}</dd>
          <dt className={styles.term}>Role</dt>
          <dd className={styles.definition}>{role}</dd>
        </dl>
        <Divider />
        <Button icon={<SignOutRegular />} onClick={onSignOut}>
          Sign out
        </Button>
      </PopoverSurface>
    </Popover>
  );
}
