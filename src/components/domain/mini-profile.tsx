import {
  makeStyles,
  Popover,
  PopoverSurface,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { EntityProfile } from '@/api/contracts/entities';
import { formatDateTime } from '@/lib/format';
import { DefenderBadge } from './defender-badge';
import { AlertCountBadge } from './alert-count-badge';
import { EntityIcon, entityKindLabel } from './entity-icon';
import { EntityName } from './entity-name';
import { entityProfileQuery } from './entity-profile-query';
import { EntityTags } from './entity-tags';

const useStyles = makeStyles({
  surface: { width: '340px', padding: tokens.spacingHorizontalL },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', minWidth: 0 },
  title: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  sub: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The attributes the mini-profile lists, when the entity has them (catalog §8.4). */
export function miniProfileRows(profile: EntityProfile): [string, string][] {
  const rows: [string, string | null | undefined][] = [];
  if (profile.kind === 'User') {
    rows.push(['Email', profile.email], ['Office', profile.office], ['Phone', profile.phone]);
  }
  if (profile.kind === 'Computer') rows.push(['Operating system', profile.operatingSystem]);
  rows.push(['Domain', profile.domain], ['SAM name', profile.samName]);
  if (profile.createdAt) rows.push(['Created on', formatDateTime(profile.createdAt)]);
  rows.push(['First seen', formatDateTime(profile.firstSeen)]);
  rows.push(['Last seen', formatDateTime(profile.lastSeen)]);
  return rows.filter((row): row is [string, string] => !!row[1]);
}

function Body({ profile }: { profile: EntityProfile }) {
  const styles = useStyles();
  const subtitle =
    profile.kind === 'User'
      ? [profile.title, profile.department].filter(Boolean).join(' · ')
      : entityKindLabel(profile);
  return (
    <>
      <div className={styles.head}>
        <EntityIcon entity={profile} />
        <div className={styles.title}>
          <EntityName name={profile.name} wrap className={styles.name} />
          <Text className={styles.sub}>{subtitle}</Text>
        </div>
      </div>
      <EntityTags tags={profile.tags} className={styles.section} />
      <dl className={`${styles.grid} ${styles.section}`}>
        {miniProfileRows(profile).map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} dir="auto">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className={`${styles.badges} ${styles.section}`}>
        <AlertCountBadge count={profile.openAlerts} />
        <DefenderBadge badge={profile.defender} interactive={false} />
      </div>
    </>
  );
}

/** The mini-profile card of an entity link: fetched with the profile page's query. */
export default function MiniProfile({
  id,
  entityId,
  anchor,
  onPointerEnter,
  onPointerLeave,
}: {
  id: string;
  entityId: string;
  anchor: HTMLElement | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const styles = useStyles();
  const query = useQuery(entityProfileQuery(entityId));
  return (
    <Popover open positioning={{ target: anchor, position: 'below', align: 'start' }} withArrow>
      <PopoverSurface
        id={id}
        role="tooltip"
        aria-label={query.data ? `Mini-profile of ${query.data.name}` : 'Mini-profile'}
        className={styles.surface}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
      >
        {query.data ? (
          <Body profile={query.data} />
        ) : query.isError ? (
          <Text>The profile could not be loaded.</Text>
        ) : (
          <Spinner size="tiny" label="Loading profile…" />
        )}
      </PopoverSurface>
    </Popover>
  );
}
