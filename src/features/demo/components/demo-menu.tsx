import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowResetRegular,
  BeakerRegular,
  ClockArrowDownloadRegular,
  KeyRegular,
  MailInboxRegular,
  PlugDisconnectedRegular,
} from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { noFaults, type FaultSettings } from '@/api/contracts/demo';
import { scenarioNameSchema } from '@/api/contracts/vocabulary';
import { paths } from '@/config/paths';
import { demoQueries } from '../api/demo-queries';
import { useAdvanceClock } from '../api/use-advance-clock';
import { useResetDemo } from '../api/use-reset-demo';
import { useSetFaults } from '../api/use-set-faults';
import { HoneytokenSignInDialog } from './honeytoken-sign-in-dialog';
import { OutageDialog } from './outage-dialog';
import { SimulateSensorInstallDialog } from './simulate-sensor-install-dialog';

const latencyChoices = [0, 1000, 3000] as const;
const errorRateChoices = [0, 0.1, 0.3] as const;

/** Demo builds only: scenario switch, reset, fault injection. */
export function DemoMenu() {
  const { data: state } = useQuery(demoQueries.state());
  const reset = useResetDemo();
  const setFaults = useSetFaults();
  const advance = useAdvanceClock();
  const navigate = useNavigate();
  const [outageOpen, setOutageOpen] = useState(false);
  const [installOpen, setInstallOpen] = useState(false);
  const [honeytokenOpen, setHoneytokenOpen] = useState(false);
  const faults = state?.faults ?? noFaults;
  const scenario = state?.scenario ?? 'contoso';

  const onChange: MenuProps['onCheckedValueChange'] = (_e, { name, checkedItems }) => {
    const value = checkedItems[0];
    if (name === 'scenario') {
      const parsed = scenarioNameSchema.safeParse(value);
      if (parsed.success) reset.mutate(parsed.data);
      return;
    }
    const next: FaultSettings = { ...faults };
    if (name === 'latency') next.latencyMs = Number(value ?? 0);
    if (name === 'errorRate') next.errorRate = Number(value ?? 0);
    if (name === 'offline') next.offline = checkedItems.includes('offline');
    setFaults.mutate(next);
  };

  const active = faults.latencyMs > 0 || faults.errorRate > 0 || faults.offline;
  return (
    <>
      {/* Mounted only while open: a mounted Fluent Dialog, even closed, starts tabster's
          modalizer, which puts focusable aria-hidden sentinels on <body> for good. */}
      {outageOpen ? <OutageDialog open onClose={() => setOutageOpen(false)} /> : null}
      {installOpen ? <SimulateSensorInstallDialog onClose={() => setInstallOpen(false)} /> : null}
      {honeytokenOpen ? <HoneytokenSignInDialog onClose={() => setHoneytokenOpen(false)} /> : null}
      <Menu
        checkedValues={{
          scenario: [scenario],
          latency: [String(faults.latencyMs)],
          errorRate: [String(faults.errorRate)],
          offline: faults.offline ? ['offline'] : [],
        }}
        onCheckedValueChange={onChange}
      >
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<BeakerRegular />}>
            {active ? 'Demo (faults on)' : 'Demo'}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroup>
              <MenuGroupHeader>Scenario</MenuGroupHeader>
              {scenarioNameSchema.options.map((name) => (
                <MenuItemRadio key={name} name="scenario" value={name}>
                  {name}
                </MenuItemRadio>
              ))}
            </MenuGroup>
            <MenuItem icon={<ArrowResetRegular />} onClick={() => reset.mutate(scenario)}>
              Reset demo data
            </MenuItem>
            <MenuDivider />
            <MenuGroup>
              <MenuGroupHeader>Simulation</MenuGroupHeader>
              <MenuItem icon={<ClockArrowDownloadRegular />} onClick={() => advance.mutate(15)}>
                Advance time by 15 minutes
              </MenuItem>
              <MenuItem
                icon={<ClockArrowDownloadRegular />}
                onClick={() => advance.mutate(24 * 60)}
              >
                Advance time by 1 day
              </MenuItem>
              <MenuItem icon={<PlugDisconnectedRegular />} onClick={() => setOutageOpen(true)}>
                Simulate sensor outage…
              </MenuItem>
              <MenuItem icon={<ArrowDownloadRegular />} onClick={() => setInstallOpen(true)}>
                Simulate sensor install…
              </MenuItem>
              <MenuItem icon={<KeyRegular />} onClick={() => setHoneytokenOpen(true)}>
                Simulate honeytoken sign-in…
              </MenuItem>
              <MenuItem icon={<MailInboxRegular />} onClick={() => void navigate(paths.outbox)}>
                Outbox
              </MenuItem>
            </MenuGroup>
            <MenuDivider />
            <MenuGroup>
              <MenuGroupHeader>Added latency</MenuGroupHeader>
              {latencyChoices.map((ms) => (
                <MenuItemRadio key={ms} name="latency" value={String(ms)}>
                  {ms === 0 ? 'No added latency' : `${ms / 1000} s latency`}
                </MenuItemRadio>
              ))}
            </MenuGroup>
            <MenuGroup>
              <MenuGroupHeader>Error rate</MenuGroupHeader>
              {errorRateChoices.map((rate) => (
                <MenuItemRadio key={rate} name="errorRate" value={String(rate)}>
                  {rate === 0 ? 'No errors' : `${rate * 100}% of calls fail`}
                </MenuItemRadio>
              ))}
            </MenuGroup>
            <MenuItemCheckbox name="offline" value="offline">
              Offline
            </MenuItemCheckbox>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
