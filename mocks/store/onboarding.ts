import type { Onboarding, OnboardingStep } from '../../src/api/contracts/onboarding';
import type { Sensor } from '../../src/api/contracts/sensors';
import type { TenantState } from './state';

/** What the onboarding steps are computed from: the instance's real state, nothing else. */
export interface OnboardingFacts {
  /** Directory service accounts (AD credentials per forest) saved for the instance. */
  directoryAccounts: number;
  sensors: Pick<Sensor, 'sensorStatus'>[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The three setup steps (domain catalog §2, §6.1), each ticked by the state it describes:
 * 1. connect the AD forest — at least one directory service account is saved;
 * 2. download the sensor setup and install the first sensor — at least one sensor has registered;
 * 3. configure the first sensor — at least one sensor's status is not "Not configured". Sensors on
 *    domain controllers configure themselves when installed; standalone and AD FS sensors stay
 *    "Not configured" until their domain controllers are saved.
 */
export function onboardingSteps({ directoryAccounts, sensors }: OnboardingFacts): Onboarding {
  const configured = sensors.filter((s) => s.sensorStatus !== 'Not configured').length;
  const steps: OnboardingStep[] = [
    {
      id: 'connect-directory',
      title: 'Connect to your Active Directory forest',
      done: directoryAccounts > 0,
      detail:
        directoryAccounts > 0
          ? `${plural(directoryAccounts, 'directory service account')} saved.`
          : 'Enter the user name and password of a directory service account so the service can read your directory.',
    },
    {
      id: 'install-sensor',
      title: 'Download the sensor setup and install the first sensor',
      done: sensors.length > 0,
      detail:
        sensors.length > 0
          ? `${plural(sensors.length, 'sensor')} installed.`
          : 'Download the sensor setup and install it on a domain controller with the access key.',
    },
    {
      id: 'configure-sensor',
      title: 'Configure the first sensor',
      done: configured > 0,
      detail:
        configured > 0
          ? `${plural(configured, 'sensor')} configured.`
          : sensors.length > 0
            ? 'Choose the domain controllers and network adapters of your sensor, then save.'
            : 'Once a sensor is installed, choose its domain controllers and network adapters.',
    },
  ];
  return { steps, complete: steps.every((s) => s.done) };
}

/**
 * Directory service accounts saved for the instance. The Directory services page stores them in
 * the tenant's configuration; read the shapes it may use without depending on its module.
 */
export function directoryAccountCount(tenantState: TenantState): number {
  const stored: unknown = tenantState.config['directory-services']?.value;
  if (Array.isArray(stored)) return stored.length;
  if (
    stored &&
    typeof stored === 'object' &&
    'accounts' in stored &&
    Array.isArray(stored.accounts)
  ) {
    return stored.accounts.length;
  }
  return 0;
}
