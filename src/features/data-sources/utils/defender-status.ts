import type { MdeAlertCounts } from '@/api/contracts/defender';

const numbers = new Intl.NumberFormat('en-US');

export const formatCount = (n: number) => numbers.format(n);

/** "40: 6 High, 14 Medium, 14 Low, 6 Informational" (severities with none left out), or "None". */
export function alertBreakdown(counts: MdeAlertCounts): string {
  const parts = (['High', 'Medium', 'Low', 'Informational'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${formatCount(counts[s])} ${s}`);
  const total = counts.High + counts.Medium + counts.Low + counts.Informational;
  return total === 0 ? 'None' : `${formatCount(total)}: ${parts.join(', ')}`;
}
