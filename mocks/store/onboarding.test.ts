import { describe, expect, it } from 'vitest';
import { emptyTenantState } from './state';
import { directoryAccountCount, onboardingSteps } from './onboarding';

const done = (facts: Parameters<typeof onboardingSteps>[0]) =>
  onboardingSteps(facts).steps.map((s) => [s.id, s.done]);

describe('onboardingSteps', () => {
  it('a new instance has three steps, none done', () => {
    const result = onboardingSteps({ directoryAccounts: 0, sensors: [] });
    expect(result.steps.map((s) => s.title)).toEqual([
      'Connect to your Active Directory forest',
      'Download the sensor setup and install the first sensor',
      'Configure the first sensor',
    ]);
    expect(result.steps.every((s) => !s.done)).toBe(true);
    expect(result.complete).toBe(false);
  });

  it('ticks each step from its own fact', () => {
    expect(done({ directoryAccounts: 1, sensors: [] })).toEqual([
      ['connect-directory', true],
      ['install-sensor', false],
      ['configure-sensor', false],
    ]);
    expect(done({ directoryAccounts: 0, sensors: [{ sensorStatus: 'Not configured' }] })).toEqual([
      ['connect-directory', false],
      ['install-sensor', true],
      ['configure-sensor', false],
    ]);
  });

  it('is complete with an account and one configured sensor', () => {
    const result = onboardingSteps({
      directoryAccounts: 2,
      sensors: [{ sensorStatus: 'Not configured' }, { sensorStatus: 'Up to date' }],
    });
    expect(result.complete).toBe(true);
    expect(result.steps.map((s) => s.detail)).toEqual([
      '2 directory service accounts saved.',
      '2 sensors installed.',
      '1 sensor configured.',
    ]);
  });
});

describe('directoryAccountCount', () => {
  const withValue = (value: unknown) => {
    const state = emptyTenantState();
    state.config['directory-services'] = { value, revision: 1, updatedAt: null, updatedBy: null };
    return state;
  };

  it('reads a list or an object with accounts, and is 0 otherwise', () => {
    expect(directoryAccountCount(emptyTenantState())).toBe(0);
    expect(directoryAccountCount(withValue([{}, {}]))).toBe(2);
    expect(directoryAccountCount(withValue({ accounts: [{}] }))).toBe(1);
    expect(directoryAccountCount(withValue({ something: 'else' }))).toBe(0);
  });
});
