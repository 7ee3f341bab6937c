import {
  defenderSection,
  delayedUpdatesSection,
  directoryServicesSection,
  vpnSection,
} from './data-source-sections';
import {
  emailNotificationsSection,
  previewDetectionsSection,
  scheduledReportsSection,
  syslogSection,
} from './notification-sections';
import { entityTagsSection } from './entity-tags-section';
import { exclusionsSection } from './exclusions-section';
import { roleGroupsSection } from './role-groups-section';
import type { ConfigurationSection } from './section';

/**
 * The sections of the configuration document, in the configuration menu's order. A page joins
 * export and import with one line here (its section made with `defineSection`).
 */
export const configurationSections: ConfigurationSection<unknown>[] = [
  delayedUpdatesSection,
  directoryServicesSection,
  vpnSection,
  defenderSection,
  entityTagsSection,
  exclusionsSection,
  emailNotificationsSection,
  syslogSection,
  scheduledReportsSection,
  previewDetectionsSection,
  roleGroupsSection,
];
