import { Badge, makeStyles } from '@fluentui/react-components';
import { BranchForkRegular } from '@fluentui/react-icons';
import type { EntityProfile } from '@/api/contracts/entities';
import { entityPath } from '@/components/domain/entity-path';
import { RouterLink } from '@/components/ui/router-link';

const useStyles = makeStyles({ link: { textDecorationLine: 'none' } });

/** The profile's "Paths" badge (catalog §8.1): on a lateral movement path in the last two days. */
export function PathsBadge({ profile }: { profile: EntityProfile }) {
  const styles = useStyles();
  return (
    <RouterLink to={entityPath(profile, 'lateral-movement-paths')} className={styles.link}>
      <Badge appearance="tint" color="warning" shape="rounded" icon={<BranchForkRegular />}>
        Paths
      </Badge>
    </RouterLink>
  );
}
