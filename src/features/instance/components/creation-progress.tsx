import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  step: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  icon: { display: 'flex', width: '20px', justifyContent: 'center', fontSize: '20px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  pending: { color: tokens.colorNeutralForeground3 },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/** How long each step shows before the next one starts, while the service works. */
const STEP_MS = 700;

export function creationSteps(name: string, region: string) {
  return [
    `Creating the instance ${name}`,
    `Setting up data storage in ${region}`,
    'Creating role groups in your directory',
    'Preparing the sensor setup',
  ];
}

/**
 * The steps of instance creation. Steps advance while the request runs; the last one waits for
 * the service's answer, and all are ticked once it has answered (`finished`).
 */
export function CreationProgress({ steps, finished }: { steps: string[]; finished: boolean }) {
  const styles = useStyles();
  const [started, setStarted] = useState(0);
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => setStarted((n) => Math.min(n + 1, steps.length - 1)), STEP_MS);
    return () => clearInterval(timer);
  }, [finished, steps.length]);
  const current = finished ? steps.length : started;

  return (
    <>
      <ol className={styles.list} aria-label="Progress">
        {steps.map((step, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'pending';
          return (
            <li key={step} className={styles.step}>
              <span className={styles.icon}>
                {state === 'done' ? (
                  <CheckmarkCircleFilled className={styles.done} aria-hidden />
                ) : state === 'current' ? (
                  <Spinner size="extra-tiny" aria-hidden />
                ) : (
                  <CircleRegular className={styles.pending} aria-hidden />
                )}
              </span>
              <Text className={state === 'current' ? styles.current : undefined}>
                {step}
                <VisuallyHidden>
                  {state === 'done'
                    ? ' (done)'
                    : state === 'current'
                      ? ' (in progress)'
                      : ' (waiting)'}
                </VisuallyHidden>
              </Text>
            </li>
          );
        })}
      </ol>
      <Text role="status" aria-live="polite">
        {finished ? 'Your instance is ready. Opening Home…' : `${steps[current] ?? ''}…`}
      </Text>
    </>
  );
}
