import type { EntityKind } from '@/api/contracts/entities';
import { paths } from '@/config/paths';

/** The profile page of an entity (its `tab` segment, if given). */
export function entityPath(entity: { id: string; kind: EntityKind }, tab?: string): string {
  const base =
    entity.kind === 'User'
      ? paths.user(entity.id)
      : entity.kind === 'Computer'
        ? paths.computer(entity.id)
        : paths.group(entity.id);
  return tab ? `${base}/${tab}` : base;
}
