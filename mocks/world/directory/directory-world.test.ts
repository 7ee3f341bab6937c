import { describe, expect, it } from 'vitest';
import { seedDirectory, tenantIds } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { codeOf, COMPUTER, GROUP, indexOf, USER } from './codes';
import { computerRecord } from './computers';
import { directoryWorld } from './directory-world';
import { builtinSensitiveGroups } from './fixed';
import { groupRecord } from './groups';
import { directReports, managerChain, managerOf } from './organization';
import { userRecord } from './users';
import { memberOfRecursive } from './walks';

const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;
const fabrikam = seedDirectory().tenants.find((t) => t.id === tenantIds.fabrikam)!;
const world = directoryWorld('contoso', contoso, scenarioEpoch);
const { layout, graph } = world;

describe('directory world', () => {
  it('has the sizes of its scenario', () => {
    expect([layout.users.count, layout.computers.count, layout.groups.count]).toEqual([
      500, 350, 80,
    ]);
    expect(layout.domains.map((d) => d.dns)).toEqual([
      'contoso.com',
      'emea.contoso.com',
      'apac.contoso.com',
    ]);
    const large = directoryWorld('large', contoso, scenarioEpoch).layout;
    expect([large.users.count, large.computers.count, large.groups.count]).toEqual([
      100_000, 60_000, 5_000,
    ]);
    expect(large.domains).toHaveLength(11);
  });

  it('computes the same entity i every time, without computing the others', () => {
    const again = directoryWorld('contoso', { ...contoso }, scenarioEpoch + 0);
    for (const i of [0, 17, 18, 250, 499])
      expect(userRecord(again.layout, i)).toEqual(userRecord(layout, i));
    const large = directoryWorld('large', contoso, scenarioEpoch).layout;
    const last = userRecord(large, 99_999);
    expect(last.upn).toMatch(/^[a-z0-9.-]+@[a-z.]+contoso\.com$/);
    expect(computerRecord(large, 59_999).name).toMatch(/^CLIENT\d+$/);
  });

  it('gives unique SAM names and computer names', () => {
    const sams = new Set(
      Array.from({ length: layout.users.count }, (_, i) => userRecord(layout, i).sam),
    );
    expect(sams.size).toBe(layout.users.count);
    const names = new Set(
      Array.from({ length: layout.computers.count }, (_, i) => computerRecord(layout, i).name),
    );
    expect(names.size).toBe(layout.computers.count);
    expect(computerRecord(layout, 9).sam).toBe('CA01$');
  });

  it('round-trips ids, and refuses other scenarios’, other tenants’ and malformed ones', () => {
    const code = codeOf(USER, 42);
    expect(world.codeOfId(world.idOf(code))).toBe(code);
    const other = directoryWorld('large', contoso, scenarioEpoch);
    expect(other.codeOfId(world.idOf(code))).toBeUndefined();
    const fab = directoryWorld('contoso', fabrikam, scenarioEpoch);
    expect(fab.codeOfId(world.idOf(code))).toBeUndefined();
    for (const id of [
      '',
      'u-1bv5',
      `u0042-${layout.tag}`,
      `u500-${layout.tag}`,
      `x1-${layout.tag}`,
    ])
      expect(world.codeOfId(id)).toBeUndefined();
  });

  it('has every built-in sensitive group of the catalog, each with members', () => {
    const root = layout.groups.builtins.filter((g) => g.domain === 0).map((g) => g.name);
    expect(new Set(root)).toEqual(new Set(builtinSensitiveGroups.map((g) => g.name)));
    layout.groups.builtins.forEach((g, i) =>
      expect(graph.membersOf(i).length, g.name).toBeGreaterThan(0),
    );
  });

  it('agrees on memberships both ways', () => {
    for (let g = 0; g < layout.groups.count; g++) {
      for (const member of graph.membersOf(g)) expect(graph.parentsOf(member)).toContain(g);
    }
    for (let u = 0; u < layout.users.count; u += 7) {
      for (const g of graph.parentsOf(codeOf(USER, u)))
        expect(graph.membersOf(g)).toContain(codeOf(USER, u));
    }
    const large = directoryWorld('large', contoso, scenarioEpoch);
    for (let c = 300; c < 60_000; c += 997) {
      for (const g of large.graph.parentsOf(codeOf(COMPUTER, c)))
        expect(large.graph.membersOf(g)).toContain(codeOf(COMPUTER, c));
    }
  });

  it('walks a nesting cycle once, and every group at its smallest depth', () => {
    const helpdesk = layout.groupIndexByKey.get('Helpdesk')!;
    const up = memberOfRecursive(graph, codeOf(GROUP, helpdesk));
    expect(up.map((r) => [groupRecord(layout, indexOf(r.code)).name, r.depth])).toEqual([
      ['Service Desk', 1],
      ['Helpdesk', 2],
    ]);
  });

  it('makes the bench user of large a direct member of all 5,000 groups', () => {
    const large = directoryWorld('large', contoso, scenarioEpoch);
    const bench = codeOf(USER, large.layout.userIndexByKey.get('bench')!);
    expect(large.graph.parentsOf(bench)).toHaveLength(5_000);
  });

  it('gives users a manager chain that ends at the chief executive, and reports that agree', () => {
    for (const u of [0, 20, 123, 499]) {
      const chain = managerChain(layout, u);
      expect(chain.length).toBeGreaterThan(0);
      expect(userRecord(layout, chain[0]!).title).toBe('Chief Executive Officer');
      const manager = managerOf(layout, u)!;
      expect(directReports(layout, manager)).toContain(u);
    }
  });

  it('marks sensitive exactly the entities the catalog says', () => {
    const sensitive = (code: number) => world.tags(code, scenarioEpoch).includes('Sensitive');
    expect(sensitive(codeOf(COMPUTER, 0))).toBe(true); // DC01
    expect(sensitive(codeOf(COMPUTER, layout.computerIndexByKey.get('CA01')!))).toBe(true);
    expect(sensitive(codeOf(COMPUTER, layout.computerIndexByKey.get('KIOSK07')!))).toBe(false);
    const users = Array.from({ length: layout.users.count }, (_, i) => codeOf(USER, i));
    const share = users.filter(sensitive).length / users.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.2);
  });
});
