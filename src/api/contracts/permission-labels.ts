import type { Permission } from './permissions';

/** What each permission allows, in words (the role groups page and 403 answers). */
export const permissionLabels: Record<Permission, string> = {
  'health.changeStatus': 'Change status of health alerts',
  'alerts.changeStatus': 'Change status of security alerts (reopen, close, exclude, suppress)',
  'alerts.delete': 'Delete security alerts',
  'instance.delete': 'Delete instance',
  'reports.download': 'Download a report',
  login: 'Login',
  'alerts.share': 'Share/export security alerts (email, get link, download details)',
  'config.updates': 'Update configuration — Updates',
  'config.entityTags': 'Update configuration — Entity tags (sensitive & honeytoken)',
  'config.exclusions': 'Update configuration — Exclusions',
  'config.language': 'Update configuration — Language',
  'config.notifications': 'Update configuration — Notifications (email & syslog)',
  'config.preview': 'Update configuration — Preview detections',
  'config.scheduledReports': 'Update configuration — Scheduled reports',
  'config.dataSources':
    'Update configuration — Data sources (directory services, SIEM, VPN, Defender for Endpoint)',
  'config.sensors': 'Update configuration — Sensors (download, regenerate key, configure, delete)',
  'entities.view': 'View entity profiles and security alerts',
  'health.view': 'View health issues',
  'roleGroups.manage': 'Manage role group membership',
  'audit.view': 'View the audit log',
  'config.export': 'Export the configuration',
  'config.import': 'Import a configuration',
};
