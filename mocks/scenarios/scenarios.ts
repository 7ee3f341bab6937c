import { noFaults } from '../../src/api/contracts/demo';
import type { Instance } from '../../src/api/contracts/me';
import type { DataRegion, ScenarioName } from '../../src/api/contracts/vocabulary';
import {
  createRoleGroups,
  demoUserIds,
  roleGroupNames,
  seedDirectory,
  tenantIds,
  type Directory,
} from '../identity/directory';
import { scenarioEpoch, startClock } from '../store/clock';
import { emptyTenantState, type MockState } from '../store/state';

/** What each named scenario is for (shown in the Demo menu). */
export const scenarioDescriptions: Record<ScenarioName, string> = {
  contoso: 'Contoso with a healthy deployment across three domains; Fabrikam has no instance yet.',
  fresh: 'Contoso’s instance was just created: no sensors yet.',
  'degraded-sensors': 'Many sensors disconnected, stopped or outdated, with open health issues.',
  'active-attack': 'Contoso under attack: the deployment of the contoso scenario, with alerts.',
  large: '200 sensors across eleven domains; 100,000 users, 60,000 computers, 5,000 groups.',
};

export function instanceFor(
  name: string,
  createdAt: number,
  region: DataRegion = 'North America',
): Instance {
  return {
    name,
    url: `https://${name}.vigil.example`,
    sensorEndpoint: `https://${name}sensorapi.vigil.example`,
    region,
    createdAt: new Date(createdAt).toISOString(),
  };
}

function addMember(directory: Directory, groupName: string, userId: string) {
  const group = directory.groups.find((g) => g.displayName === groupName);
  if (group && !group.memberIds.includes(userId)) group.memberIds.push(userId);
}

/** A fresh state for the named scenario. Same name ⇒ same state, always. */
export function createScenarioState(
  scenario: ScenarioName,
  options: { frozenClock?: boolean; realNow?: number } = {},
): MockState {
  const directory = seedDirectory();
  const contosoAge = scenario === 'fresh' ? 60 * 60_000 : 200 * 86_400_000;
  const contoso = emptyTenantState();
  contoso.instance = instanceFor('contoso', scenarioEpoch - contosoAge);
  createRoleGroups(directory, tenantIds.contoso, 'contoso');
  if (scenario !== 'fresh') {
    // The AD forest is connected: one standard directory service account, password set.
    const at = new Date(scenarioEpoch - contosoAge + 3_600_000).toISOString();
    contoso.config['directory-services'] = {
      value: {
        accounts: [
          {
            id: 'b1d5e3a0-0000-4000-8000-000000000001',
            kind: 'Standard account',
            accountName: 'svc-vigil',
            domain: 'contoso.com',
            password: 'Demo-Only-Passw0rd!',
            passwordUpdatedAt: at,
          },
        ],
      },
      revision: 1,
      updatedAt: at,
      updatedBy: 'Adele Vance',
    };
  }
  const groups = roleGroupNames('contoso');
  addMember(directory, groups.User, demoUserIds.analyst);
  addMember(directory, groups.Viewer, demoUserIds.viewer);
  return {
    schemaVersion: 1,
    scenario,
    clock: startClock(scenarioEpoch, options.frozenClock ?? false, options.realNow),
    faults: { ...noFaults },
    directory,
    tenants: { [tenantIds.contoso]: contoso, [tenantIds.fabrikam]: emptyTenantState() },
  };
}
