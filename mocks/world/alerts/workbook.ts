import type { AlertDetail } from '../../../src/api/contracts/alerts';
import type { SentencePart } from '../../../src/api/contracts/entities';
import type { WorkbookSheet } from '../../workbook/workbook';
import { COMPUTER, GROUP, indexOf, kindCode, USER } from '../directory/codes';
import { computerRecord } from '../directory/computers';
import type { DirectoryWorld } from '../directory/directory-world';
import { userRecord } from '../directory/users';
import { hash } from '../hash';
import { ipOfComputer, type AlertSpec } from './spec';

/** The columns of the workbook's tabs (catalog §4.4). */
export const workbookColumns = {
  summary: [
    'Title',
    'Description',
    'Start Time (UTC)',
    'End Time (UTC)',
    'Severity',
    'Status',
    'Status Update Time (UTC)',
    'View in Browser',
  ],
  entity: [
    'Name',
    'Details',
    'Type',
    'SamName',
    'Source Computer',
    'Source User',
    'Domain Controllers',
    'Accessed Resource Time',
    'Accessed Resource Computer',
    'Accessed Resource Name',
    'Accessed Resource Details',
    'Accessed Resource Type',
    'Accessed Resource Service',
  ],
  network: [
    'Time (UTC)',
    'Source Ip Address',
    'Source Port',
    'Source Computer',
    'Source Computer Certainty',
    'Source Computer Resolution Method',
    'Destination Ip Address',
    'Destination Port',
    'Destination Computer',
    'Protocol',
  ],
  event: ['Time (UTC)', 'Event Id', 'Computer', 'Account', 'Description'],
  related: ['Id', 'Type', 'Name', 'Unique Entity Json', 'Unique Entity Profile Json'],
} as const;

const sentenceText = (parts: SentencePart[]) =>
  parts.map((p) => ('text' in p ? p.text : p.entity.name)).join('');
const utc = (iso: string | null) => (iso ? new Date(iso) : null);

/** The "Download details" workbook of one alert: Summary, one tab per entity role, activities. */
export function alertWorkbookSheets(
  alert: AlertDetail,
  spec: AlertSpec,
  world: DirectoryWorld,
  link: string,
): WorkbookSheet[] {
  const heading = ['Vigil — Microsoft Defender for Identity', alert.title];
  const name = (code: number | null) => (code === null ? '' : world.name(code));
  const dcNames = spec.dcs.map((c) => world.name(c)).join(', ');
  const entityRow = (code: number, k: number) => {
    const kind = kindCode(code);
    const sam =
      kind === USER
        ? userRecord(world.layout, indexOf(code)).sam
        : kind === COMPUTER
          ? `${world.name(code)}$`
          : world.name(code);
    const accessed = spec.target ?? spec.dcs[0] ?? null;
    return [
      world.name(code),
      world.domainDns(code),
      kind === USER ? 'User' : kind === COMPUTER ? 'Computer' : 'Group',
      sam,
      name(spec.source),
      name(spec.user),
      dcNames,
      new Date(spec.start + k * 60_000),
      name(accessed),
      accessed === null ? '' : `${['cifs', 'ldap', 'host'][k % 3]}/${name(accessed)}`,
      spec.detection.app,
      accessed === null ? '' : 'Computer',
      ['cifs', 'ldap', 'host'][k % 3] ?? '',
    ];
  };
  const roleTabs: [string, number[]][] = [
    ['Source Computer', spec.source === null ? [] : [spec.source]],
    ['Source Account', spec.user === null ? [] : [spec.user]],
    ['Destination Computer', spec.target === null ? [] : [spec.target]],
    ['Attacked Accounts', spec.accounts],
    ['Group', spec.group === null ? [] : [spec.group]],
    ['Added Account', spec.member === null ? [] : [spec.member]],
    ['Domain Controllers', spec.dcs],
  ];
  const steps = Math.max(1, Math.min(50, Math.round((spec.end - spec.start) / 60_000) + 1));
  const times = Array.from(
    { length: steps },
    (_, k) => new Date(spec.start + Math.floor(((spec.end - spec.start) * k) / steps)),
  );
  const destinations = spec.dcs.length ? spec.dcs : spec.target === null ? [] : [spec.target];
  const network = times.flatMap((at, k) =>
    destinations.map((dest, n) => [
      at,
      spec.ip,
      49_152 + (hash(alert.id, 'port', k, n) % 16_000),
      name(spec.source),
      spec.source === null ? '' : 'High',
      spec.source === null ? '' : (['RpcNtlm', 'RpcNtlm, Cached', 'RdpTls'][k % 3] ?? 'RpcNtlm'),
      ipOfComputer(world.layout, dest),
      portOf(spec.detection.app),
      world.name(dest),
      spec.detection.app,
    ]),
  );
  const events = times
    .slice(0, 10)
    .map((at, k) => [
      at,
      [4776, 4625, 4662, 7045, 4728][hash(alert.id, 'event', k) % 5] ?? 4776,
      spec.dcs[0] === undefined ? name(spec.target ?? spec.source) : world.name(spec.dcs[0]),
      name(spec.user ?? spec.accounts[0] ?? null),
      `${spec.detection.name} (${k === steps - 1 ? spec.outcome : 'Failure'})`,
    ]);
  const related = alert.entities.map((ref) => {
    const code = world.codeOfId(ref.id);
    return [
      ref.id,
      ref.kind,
      ref.name,
      JSON.stringify(code === undefined ? {} : uniqueEntity(world, code)),
      JSON.stringify({ $type: `${ref.kind}Profile`, SchemaVersion: 1, Tags: ref.tags }),
    ];
  });
  return [
    {
      name: 'Summary',
      heading,
      columns: workbookColumns.summary,
      rows: [
        [
          alert.title,
          sentenceText(alert.description),
          utc(alert.startedAt),
          utc(alert.endedAt),
          alert.severity,
          alert.status,
          utc(alert.statusChangedAt),
          link,
        ],
      ],
    },
    ...roleTabs
      .filter(([, codes]) => codes.length > 0)
      .map(([tab, codes]) => ({
        name: tab,
        columns: workbookColumns.entity,
        rows: codes.map(entityRow),
      })),
    { name: 'Network Activities', columns: workbookColumns.network, rows: network },
    { name: 'Event Activities', columns: workbookColumns.event, rows: events },
    { name: 'Related Entities', columns: workbookColumns.related, rows: related },
  ];
}

const ports: Record<string, number> = {
  Kerberos: 88,
  Ntlm: 445,
  Ldap: 389,
  LdapSearch: 389,
  Samr: 445,
  SrvSvc: 445,
  Dns: 53,
  Drsr: 135,
  LsaRpc: 445,
  Smb: 445,
};
const portOf = (app: string) => ports[app] ?? 445;

/** The directory data of an entity as the service's JSON export writes it (catalog §4.4). */
function uniqueEntity(world: DirectoryWorld, code: number) {
  const kind = kindCode(code);
  const base = { SchemaVersion: 3, IsEntitySchemaChanged: false, Name: world.name(code) };
  if (kind === USER) {
    const u = userRecord(world.layout, indexOf(code));
    return {
      $type: 'User',
      ...base,
      SamName: u.sam,
      DistinguishedName: `CN=${u.name},CN=Users,${world.layout.domains[u.domain]?.dn ?? ''}`,
      Department: u.department,
      Mail: u.upn,
      PhoneNumber: u.phone,
    };
  }
  if (kind === COMPUTER) {
    const c = computerRecord(world.layout, indexOf(code));
    return {
      $type: 'Computer',
      ...base,
      SamName: c.sam,
      DistinguishedName: `CN=${c.name},CN=Computers,${world.layout.domains[c.domain]?.dn ?? ''}`,
      OperatingSystem: c.os,
      IsDomainController: c.role === 'Domain controller',
      DnsName: c.dnsName,
    };
  }
  return { $type: kindCode(code) === GROUP ? 'Group' : 'Entity', ...base };
}
