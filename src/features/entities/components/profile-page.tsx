import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { isApiError } from '@/api/errors';
import type { EntityKind, EntityProfile } from '@/api/contracts/entities';
import { entityPath } from '@/components/domain/entity-path';
import { ErrorState } from '@/components/errors/error-state';
import { entityQueries } from '../api/entity-queries';
import { ActivitiesTab } from './activities-tab';
import { DirectoryDataTab } from './directory-data-tab';
import { MembersTab } from './members-tab';
import { ProfilePanel } from './profile-panel';
import { EntityNotFound, ProfileSkeleton } from './profile-states';

// The paths tab (and the graph library it loads in turn) is fetched when it is first opened.
const LateralMovementTab = lazy(() =>
  import('./lateral-movement/lateral-movement-tab').then((m) => ({
    default: m.LateralMovementTab,
  })),
);

export const profileTabs = {
  User: [
    { id: 'activities', label: 'Activities' },
    { id: 'directory-data', label: 'Directory data' },
  ],
  Computer: [
    { id: 'activities', label: 'Activities' },
    { id: 'directory-data', label: 'Directory data' },
  ],
  Group: [
    { id: 'members', label: 'Members' },
    { id: 'directory-data', label: 'Directory data' },
  ],
} as const satisfies Record<EntityKind, readonly { id: string; label: string }[]>;

/** Shown on profiles that are on a lateral movement path found in the last two days. */
export const lateralMovementTab = { id: 'lateral-movement-paths', label: 'Lateral movement paths' };

export type ProfileTab =
  (typeof profileTabs)[EntityKind][number]['id'] | (typeof lateralMovementTab)['id'];

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXL, flexGrow: 1, minHeight: 0 },
  main: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', minHeight: 0 },
  tabs: { marginBottom: tokens.spacingVerticalM, flexShrink: 0 },
  panel: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
});

function TabBody({ profile, tab }: { profile: EntityProfile; tab: ProfileTab }) {
  if (tab === 'directory-data') return <DirectoryDataTab profile={profile} />;
  if (tab === 'members') return <MembersTab group={profile} />;
  if (tab === lateralMovementTab.id)
    return (
      <Suspense fallback={<Spinner label="Loading lateral movement paths" />}>
        <LateralMovementTab profile={profile} />
      </Suspense>
    );
  return <ActivitiesTab profile={profile} />;
}

/**
 * A user's, computer's or group's profile at a stable URL (`/users/:id/:tab`): the left panel and
 * the tabs, the selected tab being the last path segment.
 */
export function ProfilePage({
  kind,
  id,
  tab,
}: {
  kind: EntityKind;
  id: string;
  tab: string | undefined;
}) {
  const styles = useStyles();
  const navigate = useNavigate();
  const query = useQuery(entityQueries.profile(id));
  // The most recent paths say whether the entity is on one (the tab and the Paths badge); asked
  // beside the profile, so the profile never waits for the paths.
  const paths = useQuery(entityQueries.lateralMovementPaths(id));
  const onPath = paths.data?.onPath ?? false;
  const tabs: readonly { id: ProfileTab; label: string }[] =
    onPath || tab === lateralMovementTab.id
      ? [...profileTabs[kind], lateralMovementTab]
      : profileTabs[kind];

  if (query.isPending) return <ProfileSkeleton />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return <EntityNotFound kind={kind} />;
    return (
      <ErrorState
        error={query.error}
        title="The profile could not be loaded"
        onRetry={() => void query.refetch()}
      />
    );
  }
  const profile = query.data;
  // An id of another kind (a computer opened under /users): its own address.
  if (profile.kind !== kind) return <Navigate to={entityPath(profile, tab)} replace />;
  const current = tabs.find((t) => t.id === tab);
  if (!current) return <Navigate to={entityPath(profile, profileTabs[kind][0].id)} replace />;

  const panelId = `profile-tab-${current.id}`;
  return (
    <div className={styles.root}>
      <ProfilePanel profile={profile} onPath={onPath} />
      <div className={styles.main}>
        <TabList
          className={styles.tabs}
          selectedValue={current.id}
          onTabSelect={(_, data) => void navigate(entityPath(profile, String(data.value)))}
          aria-label={`${profile.name} profile`}
        >
          {tabs.map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              id={`tab-${t.id}`}
              aria-controls={t.id === current.id ? panelId : undefined}
            >
              {t.label}
            </Tab>
          ))}
        </TabList>
        <div
          role="tabpanel"
          id={panelId}
          aria-labelledby={`tab-${current.id}`}
          className={styles.panel}
        >
          <TabBody key={`${profile.id}-${current.id}`} profile={profile} tab={current.id} />
        </div>
      </div>
    </div>
  );
}
