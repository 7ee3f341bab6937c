import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { Blocker } from 'react-router';
import type * as z from 'zod/mini';
import type { Versioned } from '@/api/contracts/config';
import { isApiError } from '@/api/errors';
import { meQueries } from '@/lib/auth/me-queries';
import { applyServerFieldErrors } from './server-errors';
import { useUnsavedChangesGuard } from './use-unsaved-changes';
import type { VersionSource } from './version-source';

/** Who saved the version a save collided with, as the conflict dialog says it. */
export interface VersionConflict {
  /** Display name, or null when the service didn't say. */
  updatedBy: string | null;
  updatedAt: string | null;
  /** The signed-in user saved it, in another tab or window. */
  byYou: boolean;
}

export interface VersionedFormOptions<Output, Values extends FieldValues, Input> {
  /**
   * Where the current version comes from: `useVersionedQuery(xQueries.settings())` for a settings
   * resource of its own, or any `{ data, reload }` (a sensor from the list, with its ETag).
   */
  source: VersionSource<Output>;
  /** The form schema, derived from the contract (`z.pick()`, `z.extend()`). */
  schema: z.ZodMiniType<Values, Values>;
  toValues: (value: Output) => Values;
  toInput: (values: Values, current: Output) => Input;
  save: (input: Input, etag: string) => Promise<Versioned<Output>>;
  canEdit: boolean;
}

function conflictOf(error: unknown, myId: string | undefined): VersionConflict {
  const current = isApiError(error) ? error.currentVersion : undefined;
  return {
    updatedBy: current?.updatedBy ?? null,
    updatedAt: current?.updatedAt ?? null,
    byYou: Boolean(myId && current?.updatedById === myId),
  };
}

/**
 * The one pattern every settings form follows: react-hook-form + zod; Save disabled until
 * something changed; leaving with unsaved changes asks first; backend field errors land on the
 * fields; a 412 keeps the user's edits, says who saved first, and offers reload-and-reapply;
 * nothing typed is lost. Hand the result to `<SettingsForm form={…}>`.
 */
export function useVersionedForm<Output, Values extends FieldValues, Input>(
  options: VersionedFormOptions<Output, Values, Input>,
) {
  const { data, reload, keep } = options.source;
  const me = useQuery(meQueries.current()).data;
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(options.schema),
    defaultValues: options.toValues(data.value) as DefaultValues<Values>,
    mode: 'onTouched',
    disabled: !options.canEdit,
  });
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
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
      keep?.(saved);
      form.reset(options.toValues(saved.value));
      setFormError(null);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        setConflict(conflictOf(error, me?.user.id));
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
    const latest = await reload();
    setConflict(null);
    if (!latest) return;
    baseline.current = latest;
    form.reset(options.toValues(latest.value));
    for (const name of dirty) {
      form.setValue(name as Path<Values>, mine[name as keyof Values] as never, {
        shouldDirty: true,
      });
    }
  };

  return {
    form,
    data,
    canEdit: options.canEdit,
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
    dismissConflict: () => setConflict(null),
    reloadAndReapply,
    discard: () => form.reset(options.toValues(baseline.current.value)),
    blocker,
  };
}

/** What `<SettingsForm form={…}>` reads of a `useVersionedForm()` result. */
export interface VersionedFormFrame {
  form: { formState: { isDirty: boolean } };
  data: { updatedAt: string | null; updatedBy: string | null };
  canEdit: boolean;
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  saving: boolean;
  formError: unknown;
  conflict: VersionConflict | null;
  dismissConflict: () => void;
  reloadAndReapply: () => Promise<void>;
  discard: () => void;
  blocker: Blocker;
}
