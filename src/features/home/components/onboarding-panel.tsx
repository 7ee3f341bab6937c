import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { OnboardingStepId } from '@/api/contracts/onboarding';
import { ErrorState } from '@/components/errors/error-state';
import { RouterLink } from '@/components/ui/router-link';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { homeQueries } from '../api/home-queries';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  title: { margin: 0 },
  steps: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  step: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: {
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'grid',
    placeItems: 'center',
    border: `2px solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxSizing: 'border-box',
  },
  done: { flexShrink: 0, fontSize: '28px', color: tokens.colorPaletteGreenForeground1 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground2, margin: 0 },
  complete: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Refresh while Home is open, so a step ticks itself soon after it is done elsewhere. */
const REFRESH_MS = 30_000;

/**
 * The three setup steps, each ticked by the service from the instance's real state. Each step links
 * to its page when that page exists (`links`). Once all are done, only a "Setup complete" line stays.
 */
export function OnboardingPanel({
  instanceName,
  links,
}: {
  instanceName: string;
  links: Partial<Record<OnboardingStepId, string>>;
}) {
  const styles = useStyles();
  const id = useId();
  const query = useQuery({ ...homeQueries.onboarding(), refetchInterval: REFRESH_MS });
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        title="Setup steps couldn’t load"
        onRetry={() => void query.refetch()}
      />
    );
  }
  const data = query.data;
  if (!data) return null;
  if (data.complete) {
    return (
      <Text className={styles.complete}>
        <CheckmarkCircleRegular className={styles.done} aria-hidden />
        Setup complete: your forest is connected and a sensor is configured.
      </Text>
    );
  }
  const doneCount = data.steps.filter((s) => s.done).length;
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <div>
        <Text as="h2" block id={id} size={500} weight="semibold" className={styles.title}>
          Set up {instanceName}
        </Text>
        <Text as="p" block className={styles.detail}>
          {doneCount} of {data.steps.length} steps done. Each step ticks itself once the service
          sees it done.
        </Text>
      </div>
      <ol className={styles.steps}>
        {data.steps.map((step, i) => {
          // Configuring needs an installed sensor: no link to it before that.
          const ready =
            step.id !== 'configure-sensor' ||
            data.steps.some((s) => s.id === 'install-sensor' && s.done);
          const link = ready ? links[step.id] : undefined;
          return (
            <li key={step.id} className={styles.step}>
              {step.done ? (
                <CheckmarkCircleFilled className={styles.done} aria-hidden />
              ) : (
                <span className={styles.number} aria-hidden>
                  {i + 1}
                </span>
              )}
              <div className={styles.body}>
                <Text weight="semibold">
                  {step.title}
                  <VisuallyHidden>{step.done ? ' (done)' : ' (not done)'}</VisuallyHidden>
                </Text>
                <Text size={200} className={styles.detail}>
                  {step.detail}
                </Text>
                {link && !step.done ? (
                  <RouterLink to={link}>{stepLinkLabels[step.id]}</RouterLink>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const stepLinkLabels: Record<OnboardingStepId, string> = {
  'connect-directory': 'Go to Directory services',
  'install-sensor': 'Get the sensor setup',
  'configure-sensor': 'Configure a sensor',
};
