import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { EntityTag } from '@/api/contracts/entities';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

/** Sensitive and Honeytoken (the service's own tags) stand out; AD states are quiet. */
const tagColor: Record<EntityTag, NonNullable<BadgeProps['color']>> = {
  Sensitive: 'danger',
  Honeytoken: 'important',
  New: 'brand',
  Disabled: 'informative',
  Locked: 'warning',
  Expired: 'informative',
  Deleted: 'informative',
  Partial: 'informative',
  Unresolved: 'informative',
};

/** The entity's status pills (catalog §8.5), as a list so their number is announced. */
export function EntityTags({
  tags,
  size = 'small',
  className,
}: {
  tags: readonly EntityTag[];
  size?: 'small' | 'medium';
  className?: string;
}) {
  const styles = useStyles();
  if (tags.length === 0) return null;
  return (
    <ul className={className ? `${styles.list} ${className}` : styles.list} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Badge appearance="tint" shape="rounded" size={size} color={tagColor[tag]}>
            {tag}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
