import { zodResolver } from '@hookform/resolvers/zod';
import {
  useMutation,
  useQueryClient,
  useSuspenseQuery,
  type QueryKey,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { Versioned } from '@/api/contracts/config';
import { isApiError } from '@/api/errors';
import { applyServerFieldErrors } from './server-errors';
import { useUnsavedChangesGuard } from './use-unsaved-changes';

export interface VersionedFormOptions<
  Output,
  Values extends FieldValues,
  Input,
  Key extends QueryKey = QueryKey,
  Err = Error,
> {
  /** A query factory's options (`xQueries.settings()`), with its typed key and error type. */
  query: UseSuspenseQueryOptions<Versioned<Output>, Err, Versioned<Output>, Key>;
  /** The form schema, derived from the contract (`z.pick()`, `z.extend()`). */
  schema: z.ZodMiniType<Values, Values>;
  toValues: (value: Output) => Values;
  toInput: (values: Values, current: Output) => Input;
  save: (input: Input, etag: string) => Promise<Versioned<Output>>;
  canEdit: boolean;
}

/**
 * The one pattern every settings page follows: react-hook-form + zod; Save disabled until
 * something changed; leaving with unsaved changes asks first; backend field errors land on the
 * fields; a 412 keeps the user's edits and offers reload-and-reapply; nothing typed is lost.
 */
export function useVersionedForm<
  Output,
  Values extends FieldValues,
  Input,
  Key extends QueryKey = QueryKey,
  Err = Error,
>(options: VersionedFormOptions<Output, Values, Input, Key, Err>) {
  const queryClient = useQueryClient();
  const { data, refetch } = useSuspenseQuery(options.query);
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(options.schema),
    defaultValues: options.toValues(data.value) as DefaultValues<Values>,
    mode: 'onTouched',
    disabled: !options.canEdit,
  });
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const baseline = useRef(data);
  const fieldNames = Object.keys(form.getValues());

  // The values being saved may hold a write-only secret: they pass through this ref, not the
  // mutation's variables, so they never sit in TanStack Query's mutation cache.
  const submitted = useRef<Values | null>(null);
  const mutation = useMutation({
    mutationFn: () => {
      const values = submitted.current;
      submitted.current = null;
      if (!values) throw new Error('Nothing to save');
      return options.save(options.toInput(values, baseline.current.value), baseline.current.etag);
    },
    onSuccess: (saved) => {
      baseline.current = saved;
      queryClient.setQueryData<Versioned<Output>>(options.query.queryKey, saved);
      form.reset(options.toValues(saved.value));
      setFormError(null);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        setConflict(true);
        return;
      }
      const unmatched = applyServerFieldErrors(error, form.setError, fieldNames);
      const onFields =
        isApiError(error) && Object.keys(error.fieldErrors).length > unmatched.length;
      setFormError(onFields && unmatched.length === 0 ? null : error);
    },
  });

  // Another tab or a refetch brought a newer version while the form is untouched: show it.
  useEffect(() => {
    if (!form.formState.isDirty && data.etag !== baseline.current.etag) {
      baseline.current = data;
      form.reset(options.toValues(data.value));
    }
  }, [data, form, options]);

  const blocker = useUnsavedChangesGuard(form.formState.isDirty);

  /** After a 412: load the latest version, then put the user's edits back on top of it. */
  const reloadAndReapply = async () => {
    const mine = form.getValues();
    const dirty = Object.keys(form.formState.dirtyFields);
    const latest = await refetch();
    if (!latest.data) return;
    baseline.current = latest.data;
    form.reset(options.toValues(latest.data.value));
    for (const name of dirty) {
      form.setValue(name as Path<Values>, mine[name as keyof Values] as never, {
        shouldDirty: true,
      });
    }
    setConflict(false);
  };

  return {
    form,
    data,
    // handleSubmit is called at submit time, not during render: `submitted` is only written then.
    submit: (event?: BaseSyntheticEvent) =>
      form.handleSubmit((values) => {
        setFormError(null);
        submitted.current = values;
        mutation.mutate();
      })(event),
    saving: mutation.isPending,
    formError,
    conflict,
    dismissConflict: () => setConflict(false),
    reloadAndReapply,
    discard: () => form.reset(options.toValues(baseline.current.value)),
    blocker,
  };
}
