import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { Sensor } from '@/api/contracts/sensors';
import { isApiError } from '@/api/errors';
import { applyServerFieldErrors } from '@/lib/forms/server-errors';
import { useUnsavedChangesGuard } from '@/lib/forms/use-unsaved-changes';
import { sensorQueries } from '../api/sensor-queries';
import { useUpdateSensor } from '../api/use-update-sensor';
import {
  sensorFormSchema,
  toFormValues,
  toSensorUpdate,
  type SensorFormValues,
} from '../utils/sensor-form';

const fieldNames = ['description', 'domainControllers', 'networkAdapters', 'delayedUpdate'];

/**
 * The settings-form pattern for one sensor inside the drawer: react-hook-form + the contract's
 * schema; Save disabled until dirty; server field errors on the fields; a 412 keeps the edits and
 * offers reload-and-reapply; a newer version replaces the form only while it is untouched.
 */
export function useSensorForm(sensor: Sensor, canEdit: boolean) {
  const queryClient = useQueryClient();
  const schema = useMemo(() => sensorFormSchema(sensor.type), [sensor.type]);
  const form = useForm<SensorFormValues, unknown, SensorFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(sensor),
    mode: 'onTouched',
    disabled: !canEdit,
  });
  const baseline = useRef(sensor);
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const mutation = useUpdateSensor();
  const { isDirty } = form.formState;

  useEffect(() => {
    if (!isDirty && sensor.etag !== baseline.current.etag) {
      baseline.current = sensor;
      form.reset(toFormValues(sensor));
    }
  }, [sensor, isDirty, form]);

  // handleSubmit is called at submit time, not during render: the baseline ref is only read then.
  const submit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit((values) => {
      setFormError(null);
      mutation.mutate(
        { id: sensor.id, etag: baseline.current.etag, update: toSensorUpdate(values, sensor.type) },
        {
          onSuccess: (saved) => {
            baseline.current = saved;
            form.reset(toFormValues(saved));
          },
          onError: (error) => {
            if (isApiError(error) && error.status === 412) return setConflict(true);
            const unmatched = applyServerFieldErrors(error, form.setError, fieldNames);
            const onFields =
              isApiError(error) && Object.keys(error.fieldErrors).length > unmatched.length;
            setFormError(onFields && unmatched.length === 0 ? null : error);
          },
        },
      );
    })(event);

  /** After a 412: load the latest sensor, then put the user's edits back on top of it. */
  const reloadAndReapply = async () => {
    const mine = form.getValues();
    const dirty = Object.keys(form.formState.dirtyFields) as (keyof SensorFormValues)[];
    await queryClient.refetchQueries({ queryKey: sensorQueries.list().queryKey });
    const latest = queryClient
      .getQueryData(sensorQueries.list().queryKey)
      ?.items.find((s) => s.id === sensor.id);
    setConflict(false);
    if (!latest) return;
    baseline.current = latest;
    form.reset(toFormValues(latest));
    for (const name of dirty)
      form.setValue(name as Path<SensorFormValues>, mine[name], { shouldDirty: true });
  };

  return {
    form,
    submit,
    saving: mutation.isPending,
    formError,
    conflict,
    dismissConflict: () => setConflict(false),
    reloadAndReapply,
    discard: () => form.reset(toFormValues(baseline.current)),
    blocker: useUnsavedChangesGuard(isDirty),
  };
}
