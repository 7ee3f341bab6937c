import { describe, expect, it } from 'vitest';
import { generateSensorHistory, historyDays, type HistoryInput } from './sensor-history';

const now = Date.parse('2026-11-20T09:00:00.000Z');
const DAY = 86_400_000;
const base: HistoryInput = {
  seed: 'contoso',
  sensorId: 'sensor-1',
  pattern: 'steady',
  createdAt: now - 200 * DAY,
  now,
  current: null,
  outages: [],
};
const downs = (input: HistoryInput) =>
  generateSensorHistory(input).filter((s) => s.state !== 'Connected');

describe('generateSensorHistory', () => {
  it('covers the last 30 days with consecutive segments', () => {
    for (const pattern of ['steady', 'flapping', 'dead'] as const) {
      const segments = generateSensorHistory({ ...base, pattern });
      expect(segments[0]?.from).toBe(now - historyDays * DAY);
      expect(segments.at(-1)?.to).toBe(now);
      segments.slice(1).forEach((s, i) => {
        expect(s.from).toBe(segments[i]?.to);
        expect(s.state).not.toBe(segments[i]?.state);
      });
    }
  });

  it('is deterministic', () => {
    expect(generateSensorHistory({ ...base, pattern: 'flapping' })).toEqual(
      generateSensorHistory({ ...base, pattern: 'flapping' }),
    );
    expect(
      generateSensorHistory({ ...base, sensorId: 'sensor-2', pattern: 'flapping' }),
    ).not.toEqual(generateSensorHistory({ ...base, pattern: 'flapping' }));
  });

  it('gives a flapping sensor several short outages and a dead one a single long one ending now', () => {
    const flapping = downs({
      ...base,
      pattern: 'flapping',
      current: { state: 'Disconnected', since: now - 47 * 60_000 },
    });
    expect(flapping.length).toBeGreaterThan(8);
    expect(flapping.slice(0, -1).every((s) => s.to - s.from <= 45 * 60_000)).toBe(true);

    const dead = downs({
      ...base,
      pattern: 'dead',
      current: { state: 'Stopped', since: now - 26 * 3_600_000 },
    });
    expect(dead.at(-1)).toEqual({ state: 'Stopped', from: now - 26 * 3_600_000, to: now });
    expect(dead.length).toBeLessThan(5);
  });

  it('starts at installation and shows simulated outages', () => {
    const segments = generateSensorHistory({
      ...base,
      createdAt: now - 2 * DAY,
      outages: [{ from: now - 3_600_000, to: now - 1_800_000 }],
    });
    expect(segments[0]?.from).toBe(now - 2 * DAY);
    expect(segments).toContainEqual({
      state: 'Disconnected',
      from: now - 3_600_000,
      to: now - 1_800_000,
    });
  });
});
