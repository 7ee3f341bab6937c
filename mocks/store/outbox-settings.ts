import type { EmailNotifications } from '../../src/api/contracts/notifications';
import { defaultSchedule, type ScheduledReports } from '../../src/api/contracts/scheduled-reports';
import { defaultSyslogSettings, type SyslogSettings } from '../../src/api/contracts/syslog';
import type { DirectoryTenant } from '../identity/directory';
import type { TenantState } from './state';

/**
 * The notification settings in force for a tenant, as the service reads them when it sends: the
 * saved value, else the pages' defaults (the same as `defineConfigResource`'s, which need a caller:
 * new alerts go to soc@<the tenant's domain> until someone changes the list).
 */
export interface NotificationSettings {
  email: EmailNotifications;
  syslog: SyslogSettings;
  schedules: ScheduledReports;
}

export function notificationSettings(
  tenant: DirectoryTenant,
  tenantState: TenantState,
): NotificationSettings {
  const saved = <T>(name: string) => tenantState.config[name]?.value as T | undefined;
  return {
    email: saved<EmailNotifications>('email-notifications') ?? {
      alertRecipients: [`soc@${tenant.initialDomain}`],
      healthRecipients: [],
    },
    syslog: saved<SyslogSettings>('syslog') ?? defaultSyslogSettings,
    schedules: saved<ScheduledReports>('scheduled-reports') ?? {
      summary: defaultSchedule,
      'sensitive-groups': defaultSchedule,
      'cleartext-passwords': defaultSchedule,
      'lateral-movement-paths': defaultSchedule,
    },
  };
}
