import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { DirectoryPerson } from '@/api/contracts/role-groups';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

/** A person's name over their UPN and job title. */
export function PersonText({ person, className }: { person: DirectoryPerson; className?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, className)}>
      <Text weight="semibold">{person.displayName}</Text>
      <Text size={200} className={styles.secondary}>
        {person.upn}
        {person.jobTitle ? ` · ${person.jobTitle}` : ''}
      </Text>
    </span>
  );
}
