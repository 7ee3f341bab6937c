import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { HealthBadge } from '@/components/domain/health-badge';
import { SensorStatusBadge } from '@/components/domain/sensor-status-badge';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import { EntityLink } from '@/components/domain/entity-link';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    paddingBottom: tokens.spacingVerticalXL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

function Facts({ facts }: { facts: [label: string, value: ReactNode][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the portal knows about one sensor's identity and state, read-only. */
export function SensorDetails({ sensor, asOf }: { sensor: Sensor; asOf: string }) {
  return (
    <>
      <Section title="General">
        <Facts
          facts={[
            ['Type', sensor.type],
            ['Domain', sensor.domain],
            [
              'FQDN',
              sensor.entityId ? (
                <EntityLink
                  key="fqdn"
                  entity={{ id: sensor.entityId, kind: 'Computer', name: sensor.fqdn }}
                />
              ) : (
                sensor.fqdn
              ),
            ],
            ['Version', sensor.version],
            ['Delayed update', sensor.delayedUpdate ? 'Yes' : 'No'],
            ['Created', formatDateTime(sensor.createdAt)],
          ]}
        />
      </Section>
      <Section title="Status">
        <Facts
          facts={[
            ['Service status', sensor.serviceStatus],
            ['Sensor status', <SensorStatusBadge key="status" status={sensor.sensorStatus} />],
            ['Health', <HealthBadge key="health" health={sensor.health} />],
            ['Open health issues', String(sensor.openHealthIssues)],
            [
              'Last seen',
              `${formatRelativeTime(sensor.lastSeen, asOf)} (${formatDateTime(sensor.lastSeen)})`,
            ],
          ]}
        />
      </Section>
    </>
  );
}
