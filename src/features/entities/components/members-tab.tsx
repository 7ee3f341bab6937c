import type { EntityProfile } from '@/api/contracts/entities';
import { MembershipList } from './membership-list';
import { ProfileCard } from './profile-card';

/** A group's members, direct or nested (catalog §8.3, group profiles). */
export function MembersTab({ group }: { group: EntityProfile }) {
  return (
    <ProfileCard title="Members">
      <MembershipList list="members" entityId={group.id} label="Members" />
    </ProfileCard>
  );
}
