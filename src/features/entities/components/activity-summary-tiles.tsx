import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import {
  activitySummaryTileTypes as tileTypes,
  type EntityProfile,
} from '@/api/contracts/entities';
import { RouterLink } from '@/components/ui/router-link';
import { entityQueries } from '../api/entity-queries';

const useStyles = makeStyles({
  tiles: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    flexShrink: 0,
  },
  tile: {
    minWidth: '150px',
    height: '72px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
  },
  number: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  zero: { color: tokens.colorNeutralForeground3 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  link: { display: 'flex', flexDirection: 'column-reverse', textDecorationLine: 'none' },
});

interface TileSpec {
  label: string;
  value: number;
  /** The `types` filter the tile opens, or none (alerts have no filter here yet). */
  types: readonly string[] | null;
}

function tilesOf(
  profile: EntityProfile,
  summary: NonNullable<ReturnType<typeof useSummary>['data']>,
): TileSpec[] {
  const tiles: TileSpec[] = [
    { label: 'Open security alerts', value: summary.openAlerts, types: null },
    {
      label: profile.kind === 'Computer' ? 'Logged on users' : 'Logged on computers',
      value: summary.loggedOn,
      types: tileTypes.loggedOn,
    },
    {
      label: 'Accessed resources',
      value: summary.accessedResources,
      types: tileTypes.accessedResources,
    },
    { label: 'Accessed VPN locations', value: summary.vpnLocations, types: tileTypes.vpnLocations },
  ];
  if (summary.usedIpAddresses !== null)
    tiles.push({
      label: 'Used IP addresses',
      value: summary.usedIpAddresses,
      types: tileTypes.usedIpAddresses,
    });
  return tiles;
}

const useSummary = (id: string) => useQuery(entityQueries.activitySummary(id));

/** The tiles over the Activities tab (catalog §8.1); a tile with a count filters the list to it. */
export function ActivitySummaryTiles({
  profile,
  basePath,
}: {
  profile: EntityProfile;
  basePath: string;
}) {
  const styles = useStyles();
  const query = useSummary(profile.id);
  if (!query.data) {
    return (
      <Skeleton className={styles.tiles} aria-label="Loading activity summary">
        {[0, 1, 2, 3].map((i) => (
          <SkeletonItem key={i} className={styles.tile} />
        ))}
      </Skeleton>
    );
  }
  return (
    <ul className={styles.tiles} aria-label="Activity summary">
      {tilesOf(profile, query.data).map((tile) => {
        const content = (
          <>
            <span className={styles.label}>{tile.label}</span>
            <span className={`${styles.number} ${tile.value === 0 ? styles.zero : ''}`}>
              {tile.value.toLocaleString('en-US')}
            </span>
          </>
        );
        return (
          <li key={tile.label} className={styles.tile}>
            {tile.value > 0 && tile.types ? (
              <RouterLink
                to={`${basePath}?types=${encodeURIComponent(tile.types.join(','))}`}
                className={styles.link}
              >
                {content}
              </RouterLink>
            ) : (
              <div className={styles.link}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
