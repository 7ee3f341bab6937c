import { describe, expect, it } from 'vitest';
import { healthCatalog, healthGuide } from './health-catalog';

describe('healthGuide', () => {
  it('explains an issue by its title', () => {
    const guide = healthGuide('Sensor stopped communicating');
    expect(guide.meaning).toMatch(/5 minutes/);
    expect(guide.fix.join(' ')).toMatch(/443/);
  });

  it('has a general guide for titles it doesn’t know', () => {
    expect(healthGuide('Something new').fix.length).toBeGreaterThan(0);
  });

  it('covers every issue the generated deployments raise', () => {
    for (const title of [
      'Sensor stopped communicating',
      'Sensor service failed to start',
      'Sensor outdated',
      'Some network traffic could not be analyzed',
      'Low success rate of active name resolution',
    ]) {
      expect(healthCatalog[title], title).toBeDefined();
    }
  });
});
