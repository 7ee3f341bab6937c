import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  circle: {
    display: 'inline-grid',
    placeItems: 'center',
    borderRadius: '50%',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
});

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** A person's initials in a circle: a light stand-in for Fluent's Avatar in the header. */
export function Initials({ name, size }: { name: string; size: number }) {
  const styles = useStyles();
  return (
    <span
      className={styles.circle}
      style={{ width: size, height: size, fontSize: Math.round(size * 0.4) }}
      aria-hidden
    >
      {initialsOf(name)}
    </span>
  );
}
