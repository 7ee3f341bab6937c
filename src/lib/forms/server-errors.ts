import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/errors';

/**
 * Puts the backend's field errors (400 problem+json `errors`, keyed by dotted path) on the form's
 * fields. Returns the messages that matched no field, to show above the form.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string[] {
  if (!isApiError(error)) return [];
  const unmatched: string[] = [];
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
    const message = messages.join(' ');
    // A list item's error ("recipients.2") belongs to the list field.
    const field = fieldNames.find((name) => path === name || path.startsWith(`${name}.`));
    if (field) setError(field as Path<T>, { type: 'server', message }, { shouldFocus: true });
    else unmatched.push(message);
  }
  return unmatched;
}
