import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { EntityProfile } from '@/api/contracts/entities';
import { AlertCountBadge } from '@/components/domain/alert-count-badge';
import { DefenderBadge } from '@/components/domain/defender-badge';
import { EntityIcon } from '@/components/domain/entity-icon';
import { EntityLink } from '@/components/domain/entity-link';
import { EntityName } from '@/components/domain/entity-name';
import { EntityTags } from '@/components/domain/entity-tags';
import { formatDateTime } from '@/lib/format';
import { PathsBadge } from './lateral-movement/paths-badge';

const useStyles = makeStyles({
  root: {
    width: '320px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    alignSelf: 'flex-start',
    boxSizing: 'border-box',
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  path: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The line under the name: title and department (users), OS (computers), description (groups). */
export function profileSubtitle(profile: EntityProfile): string {
  if (profile.kind === 'User')
    return [profile.title, profile.department].filter(Boolean).join(', ');
  if (profile.kind === 'Computer') {
    if (profile.tags.includes('Unresolved'))
      return `Assessed as a ${profile.operatingSystem} device, based on network system identification`;
    return [profile.operatingSystem, profile.osVersion].filter(Boolean).join(', ');
  }
  return profile.description;
}

function attributes(profile: EntityProfile): [string, string][] {
  const rows: [string, string | null][] = [];
  if (profile.kind === 'User')
    rows.push(['Email', profile.email], ['Office', profile.office], ['Phone', profile.phone]);
  rows.push(['Domain', profile.domain], ['SAM name', profile.samName]);
  rows.push(['First seen', formatDateTime(profile.firstSeen)]);
  rows.push(['Last seen', formatDateTime(profile.lastSeen)]);
  rows.push(['Created on', profile.createdAt ? formatDateTime(profile.createdAt) : null]);
  return rows.filter((r): r is [string, string] => !!r[1]);
}

/** The profile's left panel (catalog §8.1): who or what it is, its pills, attributes and badges. */
export function ProfilePanel({
  profile,
  onPath = false,
}: {
  profile: EntityProfile;
  /** On a lateral movement path found in the last two days: the Paths badge. */
  onPath?: boolean;
}) {
  const styles = useStyles();
  return (
    <aside className={styles.root} aria-label={`About ${profile.name}`}>
      <EntityIcon entity={profile} size="large" />
      <Text as="h1" weight="semibold" className={styles.name}>
        <EntityName name={profile.name} wrap />
      </Text>
      <Text className={styles.subtitle} dir="auto">
        {profileSubtitle(profile)}
      </Text>
      <EntityTags tags={profile.tags} size="medium" />
      <div className={styles.badges} aria-label="Badges" role="group">
        <AlertCountBadge count={profile.openAlerts} />
        <DefenderBadge badge={profile.defender} />
        {onPath && <PathsBadge profile={profile} />}
      </div>
      <dl className={styles.grid}>
        {attributes(profile).map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} dir="auto">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {profile.sensitiveReasons.length > 0 && (
        <section aria-labelledby="sensitive-reasons">
          <h2 id="sensitive-reasons" className={styles.sectionTitle}>
            Why it is sensitive
          </h2>
          <ul className={styles.reasons}>
            {profile.sensitiveReasons.map((reason) => (
              <li key={`${reason.kind}-${reason.text}`}>
                <span dir="auto">{reason.text}</span>
                {reason.via.length > 0 && (
                  <div className={styles.path}>
                    Path:{' '}
                    {reason.via.map((group, index) => (
                      <span key={group.id}>
                        {index > 0 && ' → '}
                        <EntityLink entity={group} />
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
