import type { StoredConfig } from '../store/state';
import type { SectionContext } from './section';

/** Stores a settings resource's new value as a save on its page would: a new version, who, when. */
export function writeConfig(config: StoredConfig, value: unknown, { caller, now }: SectionContext) {
  config.value = value;
  config.revision += 1;
  config.updatedAt = new Date(now).toISOString();
  config.updatedBy = caller.user.displayName;
  config.updatedById = caller.user.id;
}
