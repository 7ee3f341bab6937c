import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  activityTypeGroups,
  type ActivityGroup,
  type ActivityType,
} from '@/api/contracts/entities';
import { activityGroups } from '../utils/activity-view';

const useStyles = makeStyles({
  surface: { maxWidth: '760px' },
  groups: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingVerticalM },
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  types: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalXL },
});

/** Filter by (catalog §8.2): activity types in the catalog's groups, with Reset and Apply. */
export default function ActivityFilterDialog({
  selected,
  onApply,
  onClose,
}: {
  selected: readonly ActivityType[];
  onApply: (types: ActivityType[]) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<Set<ActivityType>>(() => new Set(selected));
  const toggle = (types: readonly ActivityType[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const type of types) {
        if (on) next.add(type);
        else next.delete(type);
      }
      return next;
    });
  const groupState = (group: ActivityGroup) => {
    const types = activityTypeGroups[group];
    const count = types.filter((t) => chosen.has(t)).length;
    return count === 0 ? false : count === types.length ? true : 'mixed';
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Filter activities by type</DialogTitle>
          <DialogContent className={styles.groups}>
            {activityGroups.map((group) => (
              <fieldset key={group} className={styles.group}>
                <legend>
                  <Checkbox
                    label={group}
                    checked={groupState(group)}
                    onChange={(_, data) => toggle(activityTypeGroups[group], data.checked === true)}
                  />
                </legend>
                <div className={styles.types}>
                  {activityTypeGroups[group].map((type) => (
                    <Checkbox
                      key={type}
                      label={type}
                      checked={chosen.has(type)}
                      onChange={(_, data) => toggle([type], data.checked === true)}
                    />
                  ))}
                </div>
              </fieldset>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setChosen(new Set())}>Reset</Button>
            <Button appearance="primary" onClick={() => onApply([...chosen])}>
              Apply
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
