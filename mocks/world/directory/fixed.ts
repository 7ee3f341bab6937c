import type { EntityTag, ServerRole, UacFlag } from '../../../src/api/contracts/entities';
import type { MdeAlertCounts } from '../../../src/api/contracts/defender';

/**
 * The fixed demo entities: the same in every scenario, at the first indices of their kind, so an
 * outside suite can rely on them (README § Demo entities). Groups are named by key: a built-in
 * group as "<name>@<domain index>" (0 is the forest root), a fixed group by its own key.
 */
export type AdTag = Extract<EntityTag, 'Disabled' | 'Locked' | 'Expired' | 'Deleted' | 'Partial'>;

export interface FixedUser {
  key: string;
  name: string;
  sam: string;
  title: string;
  department: string;
  domain: number;
  groups: string[];
  tags?: AdTag[];
  uac?: UacFlag[];
  createdDaysAgo: number;
  /** Allowed to replicate directory changes (sensitive, catalog §6.8). */
  replication?: boolean;
}

export interface FixedGroup {
  key: string;
  name: string;
  domain: number;
  description: string;
  parents: string[];
}

export type FixedMde = 'unknown' | 'known' | MdeAlertCounts;

export interface FixedComputer {
  key: string;
  name: string;
  domain: number;
  role: 'Server' | 'Workstation';
  serverRoles: ServerRole[];
  os: string;
  version: string;
  groups: string[];
  mde?: FixedMde;
  /** Not matched to Active Directory (seen on the network only). */
  unresolved?: boolean;
}

const it = 'IT';

// prettier-ignore
export const fixedUsers: readonly FixedUser[] = [
  { key: 'ron', name: 'Ron Harper', sam: 'ron.harper', title: 'Helpdesk Lead', department: it, domain: 0, groups: ['Tier0 Helpdesk'], createdDaysAgo: 900 },
  { key: 'sisanda', name: 'Sisanda Fela', sam: 'sisanda.fela', title: 'Domain Administrator', department: it, domain: 0, groups: ['Domain Admins@0', 'Enterprise Admins@0', 'Schema Admins@0'], uac: ['Smartcard required', 'Cannot be delegated'], createdDaysAgo: 1400 },
  { key: 'vieno', name: 'Vieno Mosley', sam: 'vieno.mosley', title: 'Financial Analyst', department: 'Finance', domain: 1, groups: [], tags: ['Disabled'], uac: ['Account disabled'], createdDaysAgo: 700 },
  { key: 'msol', name: 'MSOL_7d1e2f3a4b5c', sam: 'MSOL_7d1e2f3a4b5c', title: 'Microsoft Entra Connect synchronization account', department: it, domain: 0, groups: [], uac: ['Password never expires'], createdDaysAgo: 1100, replication: true },
  { key: 'lidia', name: 'Lidia Holloway', sam: 'lidia.holloway', title: 'Service Desk Analyst', department: it, domain: 0, groups: ['Helpdesk'], createdDaysAgo: 500 },
  { key: 'xss', name: '<img src=x onerror=alert(1)>', sam: 'xss.img', title: '<script>alert("title")</script>', department: 'Research', domain: 0, groups: ['<script>alert("group")</script>'], createdDaysAgo: 60 },
  { key: 'rlo', name: 'Nadia \u202Efdp.exe', sam: 'nadia.rlo', title: 'Research Assistant', department: 'Research', domain: 2, groups: [], createdDaysAgo: 120 },
  { key: 'long', name: `Bartholomew ${'Maximilian-'.repeat(22)}Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeun`.slice(0, 256), sam: 'bartholomew.long', title: 'Archivist', department: 'Legal', domain: 0, groups: [], createdDaysAgo: 300 },
  { key: 'cyrillic', name: 'Иван Петров', sam: 'ivan.petrov', title: 'Network Engineer', department: it, domain: 1, groups: [], createdDaysAgo: 400 },
  { key: 'cjk', name: '王小明', sam: 'wang.xiaoming', title: 'Data Scientist', department: 'Research', domain: 2, groups: [], createdDaysAgo: 420 },
  { key: 'bench', name: 'Priya Raman', sam: 'priya.raman', title: 'Identity Architect', department: it, domain: 0, groups: ['Backup Team'], createdDaysAgo: 1000 },
  { key: 'locked', name: 'Nick Cowley', sam: 'nick.cowley', title: 'Sales Representative', department: 'Sales', domain: 0, groups: [], tags: ['Locked'], createdDaysAgo: 800 },
  { key: 'expired', name: 'Isaiah Langer', sam: 'isaiah.langer', title: 'Contractor', department: 'Sales', domain: 1, groups: [], tags: ['Expired'], uac: ['Password expired'], createdDaysAgo: 650 },
  { key: 'new', name: 'Grady Archie', sam: 'grady.archie', title: 'Designer', department: 'Marketing', domain: 0, groups: [], createdDaysAgo: 5 },
  { key: 'deleted', name: 'Lynne Robbins', sam: 'lynne.robbins', title: 'Planner', department: 'Operations', domain: 0, groups: [], tags: ['Deleted', 'Disabled'], uac: ['Account disabled'], createdDaysAgo: 1200 },
  { key: 'partial', name: 'Pradeep Gupta', sam: 'pradeep.gupta', title: 'Accountant', department: 'Finance', domain: 2, groups: [], tags: ['Partial'], createdDaysAgo: 600 },
  { key: 'diacritics', name: 'Zoë Ångström', sam: 'zoe.angstrom', title: 'Research Scientist', department: 'Research', domain: 1, groups: [], createdDaysAgo: 350 },
  { key: 'asrep', name: 'svc-legacyapp', sam: 'svc-legacyapp', title: 'Service account', department: it, domain: 0, groups: [], uac: ['Kerberos pre-authentication not required', 'Password never expires', 'DES encryption only'], createdDaysAgo: 2400 },
];

// prettier-ignore
export const fixedGroups: readonly FixedGroup[] = [
  { key: 'Tier0 Helpdesk', name: 'Tier0 Helpdesk', domain: 0, description: 'Helpdesk staff who may reset Tier 0 accounts', parents: ['Domain Admins@0'] },
  { key: 'Helpdesk', name: 'Helpdesk', domain: 0, description: 'First-line support', parents: ['Service Desk'] },
  { key: 'Service Desk', name: 'Service Desk', domain: 0, description: 'Service desk staff (nested with Helpdesk both ways)', parents: ['Helpdesk'] },
  { key: 'Backup Team', name: 'Backup Team', domain: 0, description: 'Runs the nightly backups', parents: ['Backup Operators@0'] },
  { key: '<script>alert("group")</script>', name: '<script>alert("group")</script>', domain: 0, description: 'A group whose name is markup', parents: [] },
];

const server2022 = { os: 'Windows Server 2022 Datacenter', version: '10.0 (20348)' };
const exchangeAlerts = { High: 1, Medium: 2, Low: 0, Informational: 1 };

// prettier-ignore
export const fixedComputers: readonly FixedComputer[] = [
  { key: 'CA01', name: 'CA01', domain: 0, role: 'Server', serverRoles: ['Certificate Authority Server'], ...server2022, groups: [], mde: 'known' },
  { key: 'DHCP01', name: 'DHCP01', domain: 0, role: 'Server', serverRoles: ['DHCP Server'], ...server2022, groups: [] },
  { key: 'DNS01', name: 'DNS01', domain: 0, role: 'Server', serverRoles: ['DNS Server'], ...server2022, groups: [] },
  { key: 'EXCH01', name: 'EXCH01', domain: 0, role: 'Server', serverRoles: ['Microsoft Exchange Server'], ...server2022, groups: ['Microsoft Exchange Servers@0'], mde: exchangeAlerts },
  { key: 'EXCH02', name: 'EXCH02', domain: 0, role: 'Server', serverRoles: ['Microsoft Exchange Server'], ...server2022, groups: ['Microsoft Exchange Servers@0'] },
  { key: 'STANDALONE01', name: 'STANDALONE01', domain: 0, role: 'Server', serverRoles: [], ...server2022, groups: [] },
  { key: 'ADFS01', name: 'ADFS01', domain: 0, role: 'Server', serverRoles: [], ...server2022, groups: [] },
  { key: 'EMEADHCP01', name: 'EMEADHCP01', domain: 1, role: 'Server', serverRoles: ['DHCP Server'], os: 'Windows Server 2019 Standard', version: '10.0 (17763)', groups: [] },
  { key: 'KIOSK07', name: 'KIOSK07', domain: 0, role: 'Workstation', serverRoles: [], os: 'Windows 10 Enterprise LTSC', version: '10.0 (17763)', groups: [], mde: 'unknown' },
  { key: 'NICKC-LAP', name: 'NICKC-LAP', domain: 0, role: 'Workstation', serverRoles: [], os: 'Windows', version: '', groups: [], unresolved: true, mde: 'unknown' },
];

export const builtinSensitiveGroups = [
  // Per domain (name, well-known RID or alias; S-1-5-32 aliases live in the Builtin container).
  { name: 'Administrators', sid: 'S-1-5-32-544', perDomain: true },
  { name: 'Power Users', sid: 'S-1-5-32-547', perDomain: true },
  { name: 'Account Operators', sid: 'S-1-5-32-548', perDomain: true },
  { name: 'Server Operators', sid: 'S-1-5-32-549', perDomain: true },
  { name: 'Print Operators', sid: 'S-1-5-32-550', perDomain: true },
  { name: 'Backup Operators', sid: 'S-1-5-32-551', perDomain: true },
  { name: 'Replicators', sid: 'S-1-5-32-552', perDomain: true },
  { name: 'Network Configuration Operators', sid: 'S-1-5-32-556', perDomain: true },
  { name: 'Domain Admins', sid: '-512', perDomain: true },
  { name: 'Domain Controllers', sid: '-516', perDomain: true },
  { name: 'Group Policy Creator Owners', sid: '-520', perDomain: true },
  { name: 'Read-only Domain Controllers', sid: '-521', perDomain: true },
  // Forest root only.
  { name: 'Incoming Forest Trust Builders', sid: 'S-1-5-32-557', perDomain: false },
  { name: 'Enterprise Read-only Domain Controllers', sid: '-498', perDomain: false },
  { name: 'Schema Admins', sid: '-518', perDomain: false },
  { name: 'Enterprise Admins', sid: '-519', perDomain: false },
  { name: 'Microsoft Exchange Servers', sid: '-1120', perDomain: false },
] as const;
