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
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActivityType, EntityProfile } from '@/api/contracts/entities';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { ErrorState } from '@/components/errors/error-state';
import { queryString } from '../api/entity-queries';
import { validateRange } from '../utils/download-range';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'flex', gap: tokens.spacingHorizontalL },
});

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Download activities: a date range (validated at the field), then the CSV from the service
 * with the user's token (through `http`, not a plain link the browser would send without it).
 */
export default function DownloadActivitiesDialog({
  profile,
  types,
  onClose,
}: {
  profile: EntityProfile;
  types: readonly ActivityType[];
  onClose: () => void;
}) {
  const styles = useStyles();
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(() =>
    new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10),
  );
  const [to, setTo] = useState(today);
  const [touched, setTouched] = useState(false);
  const errors = validateRange(from, to);
  const download = useMutation({
    mutationFn: async () => {
      const path = `${endpoints.entityActivitiesExport(profile.id)}${queryString({
        from: `${from}T00:00:00.000Z`,
        to: `${to}T23:59:59.999Z`,
        types: types.join(','),
      })}`;
      const file = await http.download(path);
      saveFile(file.blob, file.fileName ?? `activities-${profile.samName}-${from}-${to}.csv`);
    },
    onSuccess: onClose,
  });

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (!errors.from && !errors.to) download.mutate();
          }}
        >
          <DialogBody>
            <DialogTitle>Download activities</DialogTitle>
            <DialogContent className={styles.body}>
              <Text>
                A CSV file of the activities{types.length > 0 ? ' of the filtered types' : ''} in
                the days you choose (the service keeps 180 days).
              </Text>
              <div className={styles.dates}>
                <Field label="From" required validationMessage={touched ? errors.from : undefined}>
                  <Input
                    type="date"
                    value={from}
                    onChange={(_, d) => setFrom(d.value)}
                    onBlur={() => setTouched(true)}
                  />
                </Field>
                <Field label="To" required validationMessage={touched ? errors.to : undefined}>
                  <Input
                    type="date"
                    value={to}
                    onChange={(_, d) => setTo(d.value)}
                    onBlur={() => setTouched(true)}
                  />
                </Field>
              </div>
              {download.isError && (
                <ErrorState error={download.error} title="The download failed" />
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={download.isPending}>
                {download.isPending ? 'Preparing…' : 'Download'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
