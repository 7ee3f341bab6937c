import type { DomainController } from '@/api/contracts/domain-controllers';

/** Columns of the coverage export (domain catalog §7.3, without what the service doesn't track). */
export const coverageColumns = [
  'Hostname',
  'Domain name',
  'Monitored',
  'Sensor type',
  'Operating system version',
  'Global catalog',
  'Read-only',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The DC coverage report as CSV text (CRLF line ends, a header row first). */
export function coverageCsv(domainControllers: readonly DomainController[]): string {
  const rows = domainControllers.map((dc) => [
    dc.fqdn,
    dc.domain,
    yesNo(dc.monitored),
    dc.monitored ? 'Sensor' : '',
    dc.operatingSystem,
    yesNo(dc.isGlobalCatalog),
    yesNo(dc.isReadOnly),
  ]);
  return [coverageColumns, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

/** The sentence the coverage banner says. */
export function coverageSummary(counts: { total: number; monitored: number; unmonitored: number }) {
  if (counts.total === 0) return 'No domain controllers detected yet';
  if (counts.unmonitored === 0) {
    return counts.total === 1
      ? 'The one detected domain controller has a sensor'
      : `All ${counts.total} detected domain controllers have sensors`;
  }
  const verb = counts.unmonitored === 1 ? 'isn’t' : 'aren’t';
  return `${counts.monitored} of ${counts.total} domain controllers are monitored; ${counts.unmonitored} ${verb}`;
}
