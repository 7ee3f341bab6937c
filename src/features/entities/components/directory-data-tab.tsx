import { makeStyles, tokens } from '@fluentui/react-components';
import { uacFlagSchema, type EntityProfile } from '@/api/contracts/entities';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { MembershipList } from './membership-list';
import { OrganizationCard } from './organization-card';
import { ProfileCard } from './profile-card';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignContent: 'start',
  },
  wide: { gridColumn: '1 / -1' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    unicodeBidi: 'isolate',
    fontFamily: tokens.fontFamilyBase,
  },
  flags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  flag: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  on: {
    backgroundColor: tokens.colorNeutralForeground1,
    color: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  off: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground2 },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    alignItems: 'center',
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusCircular,
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

function accountInfo(profile: EntityProfile): [string, string][] {
  const rows: [string, string][] = [['SAM name', profile.samName]];
  if (profile.kind === 'User') rows.push(['UPN', profile.upn]);
  if (profile.kind === 'Computer') {
    rows.push(
      ['DNS name', profile.dnsName],
      ['Operating system', profile.operatingSystem],
      ['OS version', profile.osVersion],
    );
    rows.push(['Domain controller', profile.computerRole === 'Domain controller' ? 'Yes' : 'No']);
    if (profile.serverRoles.length > 0) rows.push(['Server roles', profile.serverRoles.join(', ')]);
  }
  rows.push(
    ['Canonical name', profile.canonicalName],
    ['Distinguished name', profile.distinguishedName],
    ['SID', profile.sid],
  );
  return rows.filter(([, value]) => value !== '');
}

function UacFlags({ on }: { on: readonly string[] }) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.flags} aria-label="User account control flags">
        {uacFlagSchema.options.map((flag) => {
          const set = on.includes(flag);
          return (
            <li key={flag} className={`${styles.flag} ${set ? styles.on : styles.off}`}>
              {flag}
              <VisuallyHidden>{set ? ': on' : ': off'}</VisuallyHidden>
            </li>
          );
        })}
      </ul>
      <div className={styles.legend} aria-hidden>
        <span>
          <span className={`${styles.swatch} ${styles.on}`} />
          On
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.off}`} />
          Off
        </span>
      </div>
    </>
  );
}

/** Directory data (catalog §8.3): account info, UAC flags, Member of, organizational structure. */
export function DirectoryDataTab({ profile }: { profile: EntityProfile }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ProfileCard title="Account info">
        <dl className={styles.grid}>
          {accountInfo(profile).map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value} dir="auto">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </ProfileCard>
      {profile.kind !== 'Group' ? (
        <ProfileCard title="User account control">
          <UacFlags on={profile.uac} />
        </ProfileCard>
      ) : (
        <div />
      )}
      <ProfileCard title="Member of" className={styles.wide}>
        <MembershipList list="member-of" entityId={profile.id} label="Member of" />
      </ProfileCard>
      {profile.kind === 'User' && <OrganizationCard profile={profile} className={styles.wide} />}
    </div>
  );
}
