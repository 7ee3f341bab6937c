import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import { tenantIds } from '../identity/directory';
import { codeOf, COMPUTER, GROUP, USER } from '../world/directory/codes';
import { computerIndexByName } from '../world/directory/computers';
import { directoryWorld } from '../world/directory/directory-world';

/**
 * The id of a fixed demo entity of Contoso in the current scenario, by its key: a fixed user's or
 * computer's key ("ron", "EXCH01"), any computer's name ("DC01", "CLIENT12"), a fixed group's
 * name, or a built-in group as "<name>@<domain index>" ("Domain Admins@0").
 */
export function demoEntity(key: string): string {
  const tenant = store.state.directory.tenants.find((t) => t.id === tenantIds.contoso);
  if (!tenant) throw new Error('No Contoso tenant');
  const world = directoryWorld(store.state.scenario, tenant, scenarioEpoch);
  const { layout } = world;
  const user = layout.userIndexByKey.get(key);
  if (user !== undefined) return world.idOf(codeOf(USER, user));
  const computer = layout.computerIndexByKey.get(key);
  if (computer !== undefined) return world.idOf(codeOf(COMPUTER, computer));
  const byName = computerIndexByName(layout, key);
  if (byName !== undefined) return world.idOf(codeOf(COMPUTER, byName));
  const group = layout.groupIndexByKey.get(key);
  if (group !== undefined) return world.idOf(codeOf(GROUP, group));
  throw new Error(`No demo entity ${key}`);
}
