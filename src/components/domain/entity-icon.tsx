import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  DesktopRegular,
  PeopleRegular,
  PersonRegular,
  ServerRegular,
  ShieldRegular,
} from '@fluentui/react-icons';
import type { EntityRef } from '@/api/contracts/entities';

const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  small: { width: '24px', height: '24px', fontSize: '16px' },
  large: { width: '72px', height: '72px', fontSize: '40px' },
  sensitive: {
    position: 'absolute',
    right: '-4px',
    bottom: '-4px',
    minWidth: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: '10px',
    lineHeight: '14px',
    fontWeight: tokens.fontWeightBold,
    textAlign: 'center',
  },
  sensitiveLarge: { minWidth: '24px', height: '24px', lineHeight: '24px', fontSize: '14px' },
});

/** What the icon stands for, in words (the icon itself is decorative). */
export function entityKindLabel(entity: Pick<EntityRef, 'kind' | 'computerRole'>): string {
  if (entity.kind !== 'Computer') return entity.kind;
  return entity.computerRole ?? 'Computer';
}

function KindIcon({ entity }: { entity: Pick<EntityRef, 'kind' | 'computerRole'> }) {
  if (entity.kind === 'User') return <PersonRegular />;
  if (entity.kind === 'Group') return <PeopleRegular />;
  if (entity.computerRole === 'Domain controller') return <ShieldRegular />;
  if (entity.computerRole === 'Server') return <ServerRegular />;
  return <DesktopRegular />;
}

/**
 * The entity's icon (user, group, workstation, server, domain controller) with the red "S" of a
 * sensitive entity over it, as the classic portal draws avatars. Decorative: the name and tag
 * pills next to it say the same in words.
 */
export function EntityIcon({
  entity,
  size = 'small',
  className,
}: {
  entity: Pick<EntityRef, 'kind' | 'computerRole' | 'tags'>;
  size?: 'small' | 'large';
  className?: string;
}) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, styles[size], className)} aria-hidden>
      <KindIcon entity={entity} />
      {entity.tags.includes('Sensitive') && (
        <span className={mergeClasses(styles.sensitive, size === 'large' && styles.sensitiveLarge)}>
          S
        </span>
      )}
    </span>
  );
}
