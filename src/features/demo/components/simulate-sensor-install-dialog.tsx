import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { hasPermission } from '@/api/contracts/permissions';
import { SENSOR_PACKAGE_VERSION } from '@/api/contracts/sensor-setup';
import { isApiError } from '@/api/errors';
import { describeError } from '@/components/errors/describe-error';
import { meQueries } from '@/lib/auth/me-queries';
import {
  demoDomainControllersQuery,
  readAccessKey,
  useSimulateSensorInstall,
} from '../api/use-simulate-sensor-install';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  key: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Demo: installs a sensor on an unmonitored domain controller. The sensor registers with the
 * access key (as a real one does), so an old or wrong key is refused.
 */
export function SimulateSensorInstallDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const me = useQuery(meQueries.current());
  const dcs = useQuery(demoDomainControllersQuery());
  const install = useSimulateSensorInstall();
  const [fqdn, setFqdn] = useState('');
  const [accessKey, setAccessKey] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const canReadKey = hasPermission(me.data?.role ?? null, 'config.sensors');

  useEffect(() => {
    if (!canReadKey) return;
    let cancelled = false;
    readAccessKey().then(
      (key) => !cancelled && setAccessKey((typed) => typed || key),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [canReadKey]);

  const unmonitored = (dcs.data?.items ?? []).filter((dc) => !dc.monitored);
  const chosen = unmonitored.find((dc) => dc.fqdn === fqdn) ?? unmonitored[0];
  const problem = install.isError ? describeError(install.error) : null;
  // The title says it all: the key matches no instance.
  const refusedKey = isApiError(install.error) && install.error.status === 401;

  const submit = () => {
    if (!chosen) return;
    setDone(null);
    install.mutate(
      {
        accessKey,
        registration: {
          domainControllerFqdn: chosen.fqdn,
          machineName: chosen.name,
          version: SENSOR_PACKAGE_VERSION,
        },
      },
      { onSuccess: () => setDone(chosen.name) },
    );
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !install.isPending && onClose()}>
      <DialogSurface>
        <form
          aria-label="Simulate sensor install"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>Simulate sensor install</DialogTitle>
            <DialogContent className={styles.fields}>
              <Text>
                Installs sensor {SENSOR_PACKAGE_VERSION} on a domain controller. It registers with
                the access key you give, then starts, syncs and runs over the next 15 minutes of
                simulated time.
              </Text>
              {done ? (
                <MessageBar intent="success">
                  <MessageBarBody>
                    Sensor installed on {done}. It shows as Starting on the Sensors page.
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {problem ? (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{problem.title}</MessageBarTitle>
                    {refusedKey ? null : problem.detail}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              <Field
                label="Domain controller"
                validationMessage={
                  dcs.data && unmonitored.length === 0
                    ? 'Every detected domain controller already has a sensor.'
                    : undefined
                }
                validationState={dcs.data && unmonitored.length === 0 ? 'warning' : 'none'}
              >
                <Select
                  value={chosen?.fqdn ?? ''}
                  onChange={(_, d) => setFqdn(d.value)}
                  disabled={!unmonitored.length}
                >
                  {unmonitored.map((dc) => (
                    <option key={dc.fqdn} value={dc.fqdn}>
                      {dc.fqdn} ({dc.operatingSystem})
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label="Access key"
                required
                hint={
                  canReadKey
                    ? 'Pre-filled with the current key. Paste another one to see what happens.'
                    : 'Paste the key an Administrator gave you.'
                }
              >
                <Input
                  className={styles.key}
                  value={accessKey}
                  onChange={(_, d) => setAccessKey(d.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                disabled={install.isPending || !chosen || !accessKey.trim()}
              >
                {install.isPending ? 'Installing…' : 'Install sensor'}
              </Button>
              <Button disabled={install.isPending} onClick={onClose}>
                Close
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
