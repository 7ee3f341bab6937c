import {
  Button,
  makeStyles,
  Popover,
  PopoverSurface,
  Text,
  tokens,
} from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import type { RefObject } from 'react';
import { Initials } from './initials';
import type { UserMenuProps } from './user-menu';

const useStyles = makeStyles({
  surface: {
    width: '300px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  identity: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0 },
  rule: {
    border: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    width: '100%',
  },
});

/** The account panel; loaded when first opened (it isn't needed to render a page). */
export default function AccountPanel({
  target,
  open,
  onOpenChange,
  name,
  upn,
  tenantName,
  role,
  onSignOut,
}: UserMenuProps & {
  target: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <Popover
      open={open}
      onOpenChange={(_e, data) => onOpenChange(data.open)}
      positioning={{ target: target.current, position: 'below', align: 'end' }}
      withArrow
      trapFocus
    >
      <PopoverSurface className={styles.surface} aria-label="Account">
        <div className={styles.identity}>
          <Initials name={name} size={48} />
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
        <hr className={styles.rule} />
        <Button icon={<SignOutRegular />} onClick={onSignOut}>
          Sign out
        </Button>
      </PopoverSurface>
    </Popover>
  );
}
