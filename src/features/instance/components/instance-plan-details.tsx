import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { InstancePlan } from '@/api/contracts/instance';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground2, display: 'flex', gap: tokens.spacingHorizontalXS },
  groups: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Name, data region and role groups of the instance about to be created. */
export function InstancePlanDetails({ plan }: { plan: InstancePlan }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Instance name</dt>
      <dd className={styles.value}>
        <Text weight="semibold">{plan.name}</Text>
        <Text size={200} className={styles.note}>
          From your tenant’s initial domain. Its address will be {plan.url}.
        </Text>
      </dd>
      <dt className={styles.term}>Data region</dt>
      <dd className={styles.value}>
        <Text weight="semibold">{plan.region}</Text>
        <Text size={200} className={styles.note}>
          <LockClosedRegular aria-hidden />
          The data centre closest to your tenant’s country ({plan.country}). It can’t be moved
          later.
        </Text>
      </dd>
      <dt className={styles.term}>Role groups</dt>
      <dd className={styles.value}>
        <ul className={styles.groups}>
          {plan.roleGroups.map((group) => (
            <li key={group}>
              <Text>{group}</Text>
            </li>
          ))}
        </ul>
        <Text size={200} className={styles.note}>
          Created in your directory. Add people to them to give them access.
        </Text>
      </dd>
    </dl>
  );
}
