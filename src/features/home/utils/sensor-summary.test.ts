import { describe, expect, it } from 'vitest';
import { healthSummary, sensorStatusCounts } from './sensor-summary';

describe('sensorStatusCounts', () => {
  it('counts statuses in the vocabulary’s order and leaves out the empty ones', () => {
    expect(
      sensorStatusCounts([
        { sensorStatus: 'Disconnected' },
        { sensorStatus: 'Up to date' },
        { sensorStatus: 'Up to date' },
      ]),
    ).toEqual([
      { status: 'Up to date', count: 2 },
      { status: 'Disconnected', count: 1 },
    ]);
    expect(sensorStatusCounts([])).toEqual([]);
  });
});

describe('healthSummary', () => {
  it('sums open issues by the sensors’ worst severity, most severe first', () => {
    const summary = healthSummary([
      { health: 'Healthy', openHealthIssues: 0 },
      { health: 'Medium', openHealthIssues: 2 },
      { health: 'Medium', openHealthIssues: 1 },
      { health: 'High', openHealthIssues: 1 },
    ]);
    expect(summary.openIssues).toBe(4);
    expect(summary.bySeverity).toEqual([
      { severity: 'High', issues: 1, sensors: 1 },
      { severity: 'Medium', issues: 3, sensors: 2 },
      { severity: 'Low', issues: 0, sensors: 0 },
    ]);
  });
});
