import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { DomainController } from '@/api/contracts/domain-controllers';
import { EntityLink } from '@/components/domain/entity-link';

const useStyles = makeStyles({
  surface: { maxWidth: '1100px', width: '90vw' },
  scroll: { maxHeight: '60vh', overflowY: 'auto' },
});

const roles = (dc: DomainController) =>
  [dc.isGlobalCatalog ? 'Global catalog' : null, dc.isReadOnly ? 'Read-only (RODC)' : null]
    .filter(Boolean)
    .join(', ') || '—';

/** Every detected domain controller, unmonitored ones first. Mounted while open. */
export function DcCoverageDialog({
  onClose,
  domainControllers,
  onDownload,
}: {
  onClose: () => void;
  domainControllers: readonly DomainController[];
  onDownload: () => void;
}) {
  const styles = useStyles();
  const rows = [...domainControllers].sort(
    (a, b) => Number(a.monitored) - Number(b.monitored) || a.fqdn.localeCompare(b.fqdn),
  );
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Domain controllers</DialogTitle>
          <DialogContent className={styles.scroll}>
            <Table aria-label="Domain controllers" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Domain controller</TableHeaderCell>
                  <TableHeaderCell>Domain</TableHeaderCell>
                  <TableHeaderCell>Coverage</TableHeaderCell>
                  <TableHeaderCell>Operating system</TableHeaderCell>
                  <TableHeaderCell>Role</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((dc) => (
                  <TableRow key={dc.fqdn}>
                    <TableCell>
                      {dc.entityId ? (
                        <EntityLink entity={{ id: dc.entityId, kind: 'Computer', name: dc.fqdn }} />
                      ) : (
                        dc.fqdn
                      )}
                    </TableCell>
                    <TableCell>{dc.domain}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={dc.monitored ? 'success' : 'warning'}>
                        {dc.monitored ? 'Monitored' : 'Not monitored'}
                      </Badge>
                    </TableCell>
                    <TableCell>{dc.operatingSystem}</TableCell>
                    <TableCell>{roles(dc)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button onClick={onDownload}>Download CSV</Button>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
