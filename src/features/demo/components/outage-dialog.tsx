import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { formatDateTime } from '@/lib/format';
import { outageQueries, useDemoOutage } from '../api/use-demo-outages';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

/** Demo: make a running sensor stop communicating, or end an outage. */
export function OutageDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const sensors = useQuery({ ...outageQueries.sensors(), enabled: open });
  const outages = useQuery({ ...outageQueries.list(), enabled: open });
  const mutation = useDemoOutage();
  const [picked, setPicked] = useState('');
  const inOutage = new Set(outages.data?.items.map((o) => o.sensorId));
  const running = (sensors.data?.items ?? []).filter(
    (s) => s.serviceStatus === 'Running' && !inOutage.has(s.id),
  );
  const sensorId = running.some((s) => s.id === picked) ? picked : (running[0]?.id ?? '');

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Simulate sensor outage</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>
              The sensor stops communicating at the simulated time. After 5 minutes “Sensor stopped
              communicating” opens; after 10 minutes the sensor is Disconnected. Ending the outage
              resolves the issue. Use “Advance time” to move the clock.
            </Text>
            <Field label="Running sensor">
              <Select
                value={sensorId}
                onChange={(_, d) => setPicked(d.value)}
                disabled={running.length === 0}
              >
                {running.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            {(outages.data?.items.length ?? 0) > 0 && (
              <section aria-label="Sensors in outage">
                <Text weight="semibold">Sensors in outage</Text>
                <ul className={styles.list}>
                  {outages.data?.items.map((o) => (
                    <li key={o.sensorId} className={styles.item}>
                      <Text>
                        {o.sensorName} — since {formatDateTime(o.since)}
                      </Text>
                      <Button
                        size="small"
                        disabled={mutation.isPending}
                        onClick={() => mutation.mutate({ sensorId: o.sensorId, end: true })}
                      >
                        End outage of {o.sensorName}
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {mutation.isError ? (
              <ErrorState error={mutation.error} title="The simulation failed" />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!sensorId || mutation.isPending}
              onClick={() => mutation.mutate({ sensorId }, { onSuccess: onClose })}
            >
              Start outage
            </Button>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
