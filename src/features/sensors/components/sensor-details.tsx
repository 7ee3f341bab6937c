import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, SubtractRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { HealthBadge } from '@/components/domain/health-badge';
import { SensorStatusBadge } from '@/components/domain/sensor-status-badge';
import { formatDateTime, formatRelativeTime } from '@/lib/format';

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
  items: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  adapters: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  adapter: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Section({ title, children }: { title: string; children: ReactNode }) {
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

/** Everything the portal knows about one sensor, read-only, in the order an admin checks it. */
export function SensorDetails({ sensor, asOf }: { sensor: Sensor; asOf: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Section title="General">
        <Facts
          facts={[
            ['Type', sensor.type],
            ['Domain', sensor.domain],
            ['FQDN', sensor.fqdn],
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
      <Section title="Description">
        <Text className={sensor.description ? undefined : styles.muted}>
          {sensor.description || 'No description.'}
        </Text>
      </Section>
      <Section title="Domain controllers">
        {sensor.domainControllers.length > 0 ? (
          <ul className={styles.items}>
            {sensor.domainControllers.map((fqdn) => (
              <li key={fqdn}>{fqdn}</li>
            ))}
          </ul>
        ) : (
          <Text className={styles.muted}>No domain controllers listed.</Text>
        )}
      </Section>
      <Section title="Capture network adapters">
        {sensor.networkAdapters.length > 0 ? (
          <ul className={styles.adapters}>
            {sensor.networkAdapters.map((adapter) => (
              <li key={adapter.name} className={styles.adapter}>
                {adapter.selected ? (
                  <CheckmarkRegular aria-hidden />
                ) : (
                  <SubtractRegular aria-hidden />
                )}
                <span>
                  {adapter.name} — {adapter.selected ? 'Selected' : 'Not selected'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Text className={styles.muted}>No network adapters reported.</Text>
        )}
      </Section>
    </div>
  );
}
