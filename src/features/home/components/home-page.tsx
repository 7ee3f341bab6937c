import { makeStyles, tokens } from '@fluentui/react-components';
import type { OnboardingStepId } from '@/api/contracts/onboarding';
import { PageHeader } from '@/components/ui/page-header';
import { DcCoverageCard } from './dc-coverage-card';
import { HealthCard } from './health-card';
import { OnboardingPanel } from './onboarding-panel';
import { SensorStatusCard } from './sensor-status-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
});

/** Pages Home links to, when they exist (the route module decides). */
export interface HomeLinks {
  sensors?: string | undefined;
  health?: string | undefined;
  onboarding: Partial<Record<OnboardingStepId, string>>;
}

/** Home: setup steps until done, then how the deployment is doing. */
export function HomePage({ instanceName, links }: { instanceName: string; links: HomeLinks }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PageHeader title="Home" description={`How the ${instanceName} deployment is doing.`} />
      <OnboardingPanel instanceName={instanceName} links={links.onboarding} />
      <div className={styles.grid}>
        <SensorStatusCard sensorsLink={links.sensors} />
        <DcCoverageCard sensorsLink={links.sensors} />
        <HealthCard healthLink={links.health} />
      </div>
    </div>
  );
}
