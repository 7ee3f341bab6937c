import { describe, expect, it } from 'vitest';
import { applyHealthChange, resolvedReason } from './health-records';
import { outageIssue } from './outage-issues';

const start = Date.parse('2026-11-20T09:00:00.000Z');
const min = 60_000;
const outage = { id: 'o1', sensorId: 's1', startedAt: start, endedAt: null };

describe('outageIssue', () => {
  it('opens after 5 minutes of silence, not before', () => {
    expect(outageIssue(outage, start + 4 * min + 59_999)).toBeNull();
    expect(outageIssue(outage, start + 5 * min)).toMatchObject({
      title: 'Sensor stopped communicating',
      severity: 'Medium',
      firstSeen: start + 5 * min,
      lastSeen: start + 5 * min,
      resolvedAt: null,
    });
  });

  it('never opens for an outage shorter than the window, and resolves when the outage ends', () => {
    expect(outageIssue({ ...outage, endedAt: start + 3 * min }, start + 60 * min)).toBeNull();
    const issue = outageIssue({ ...outage, endedAt: start + 20 * min }, start + 60 * min);
    expect(issue).toMatchObject({ lastSeen: start + 20 * min, resolvedAt: start + 20 * min });
    expect(applyHealthChange(issue!, undefined)).toMatchObject({
      status: 'Closed',
      statusReason: resolvedReason,
    });
  });

  it('keeps a suppression made before the outage ended', () => {
    const issue = outageIssue({ ...outage, endedAt: start + 20 * min }, start + 60 * min)!;
    const change = {
      status: 'Suppressed' as const,
      reason: 'Known',
      at: start + 10 * min,
      by: 'Adele Vance',
    };
    expect(applyHealthChange(issue, change)).toMatchObject({
      status: 'Suppressed',
      statusReason: 'Known',
    });
  });
});
