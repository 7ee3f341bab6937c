import { useMemo, useState, type ReactNode } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { usePermissions } from '@/lib/auth/use-permissions';
import { SensorBulkActions } from './sensor-bulk-actions';
import type { SensorSelection } from './sensors-table';

/**
 * Row selection of the Sensors list, for Administrators (`config.updates`): the table's checkboxes
 * and the bar of actions on the selection. Select-all acts on the rows the filters leave.
 */
export function useSensorSelection(rows: readonly Sensor[]): {
  table: SensorSelection | undefined;
  bar: ReactNode;
} {
  const { can } = usePermissions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const enabled = can('config.updates');

  const table = useMemo<SensorSelection | undefined>(() => {
    if (!enabled) return undefined;
    return {
      selected,
      onToggle: (id, checked) =>
        setSelected((current) => {
          const next = new Set(current);
          if (checked) next.add(id);
          else next.delete(id);
          return next;
        }),
      onToggleAll: (checked) =>
        setSelected((current) => {
          const next = new Set(current);
          for (const row of rows) {
            if (checked) next.add(row.id);
            else next.delete(row.id);
          }
          return next;
        }),
    };
  }, [enabled, selected, rows]);

  // Only sensors still in the list count (a deleted one drops out of the selection).
  const selectedIds = useMemo(
    () => rows.filter((r) => selected.has(r.id)).map((r) => r.id),
    [rows, selected],
  );
  // Rendered directly (it shows at once for every Administrator); its dialog loads on first use.
  const bar = enabled ? (
    <SensorBulkActions selectedIds={selectedIds} onClear={() => setSelected(new Set())} />
  ) : null;
  return { table, bar };
}
