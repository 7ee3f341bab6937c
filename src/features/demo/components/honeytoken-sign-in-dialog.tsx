import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '@/api/contracts/entities';
import { EntityPicker } from '@/components/domain/entity-picker';
import { ErrorState } from '@/components/errors/error-state';
import { paths } from '@/config/paths';
import { useSimulateHoneytokenSignIn } from '../api/use-simulate-honeytoken-sign-in';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picked: { color: tokens.colorNeutralForeground2 },
});

/** Demo: an account authenticates from a computer now; a honeytoken raises Honeytoken activity. */
export function HoneytokenSignInDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const [account, setAccount] = useState<SearchHit | null>(null);
  const [computer, setComputer] = useState<SearchHit | null>(null);
  const simulate = useSimulateHoneytokenSignIn();
  const navigate = useNavigate();
  const result = simulate.data;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Simulate honeytoken sign-in</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>
              The account signs in from the computer at the simulated time. If it is a honeytoken
              (Configuration → Entity tags), a Honeytoken activity alert is raised; any other
              account raises nothing.
            </Text>
            <EntityPicker
              label="Account"
              placeholder="Name, SAM name or UPN"
              kinds={['User']}
              onPick={(hit) => {
                setAccount(hit);
                simulate.reset();
              }}
              hint={
                account ? `Chosen: ${account.name} (${account.secondary})` : 'No account chosen'
              }
            />
            <EntityPicker
              label="Computer"
              placeholder="Computer name"
              kinds={['Computer']}
              onPick={(hit) => {
                setComputer(hit);
                simulate.reset();
              }}
              hint={
                computer ? `Chosen: ${computer.name} (${computer.secondary})` : 'No computer chosen'
              }
            />
            {result ? (
              <MessageBar intent={result.alert ? 'warning' : 'info'} role="status">
                <MessageBarBody>
                  {result.message}
                  {result.alert ? (
                    <>
                      {' '}
                      <Link
                        as="button"
                        onClick={() => {
                          const id = result.alert?.id;
                          onClose();
                          if (id) void navigate(paths.alert(id));
                        }}
                      >
                        Open the alert
                      </Link>
                    </>
                  ) : null}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {simulate.isError ? (
              <ErrorState error={simulate.error} title="The simulation failed" />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!account || !computer || simulate.isPending}
              onClick={() =>
                account &&
                computer &&
                simulate.mutate({ accountId: account.id, computerId: computer.id })
              }
            >
              Sign in
            </Button>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
