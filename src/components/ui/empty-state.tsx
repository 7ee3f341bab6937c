import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3, display: 'flex' },
  title: { margin: 0 },
  body: { color: tokens.colorNeutralForeground2, maxWidth: '60ch' },
});

/** What a list shows when it has nothing to show: why, and what to do next. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  headingLevel = 2,
}: {
  icon: ReactNode;
  title: string;
  /** One or two sentences: why it is empty and what makes things appear. */
  children?: ReactNode;
  /** A button or link that helps (e.g. clear filters). */
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      <Text
        as={`h${headingLevel}`}
        id={id}
        size={500}
        weight="semibold"
        align="center"
        className={styles.title}
      >
        {title}
      </Text>
      {children ? (
        <Text as="p" align="center" className={styles.body}>
          {children}
        </Text>
      ) : null}
      {action}
    </section>
  );
}
