import type { Severity } from '../../src/api/contracts/vocabulary';
import { stableId } from './hash';
import type { GeneratedSensor } from './sensors';

export type HealthIssueStatus = 'Open' | 'Closed' | 'Suppressed';

export interface GeneratedHealthIssue {
  id: string;
  title: string;
  severity: Severity;
  scope: 'Sensor' | 'Global';
  sensorId: string | null;
  status: HealthIssueStatus;
  /** Minutes before the scenario epoch. */
  firstSeenMinutesAgo: number;
  lastSeenMinutesAgo: number;
}

/** Health issues follow from the generated sensors' troubles, so counts and statuses agree. */
export function generateHealthIssues(
  seed: string,
  sensors: GeneratedSensor[],
): GeneratedHealthIssue[] {
  const issues: GeneratedHealthIssue[] = [];
  for (const sensor of sensors) {
    if (!sensor.trouble) continue;
    const { title, severity, startedMinutesAgo } = sensor.trouble.issue;
    issues.push({
      id: stableId(seed, 'health', sensor.id),
      title,
      severity,
      scope: 'Sensor',
      sensorId: sensor.id,
      status: 'Open',
      firstSeenMinutesAgo: startedMinutesAgo,
      lastSeenMinutesAgo: 0,
    });
  }
  return issues;
}

const severityRank: Record<Severity, number> = { Low: 1, Medium: 2, High: 3 };

export function worstSeverity(severities: Severity[]): Severity | null {
  return severities.reduce<Severity | null>(
    (worst, s) => (worst === null || severityRank[s] > severityRank[worst] ? s : worst),
    null,
  );
}
