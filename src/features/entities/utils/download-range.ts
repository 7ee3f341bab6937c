/** Field errors of the Download activities range (dates as a date input gives them, YYYY-MM-DD). */
export function validateRange(from: string, to: string): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`);
  if (!from || Number.isNaN(start)) errors.from = 'Enter the first day';
  if (!to || Number.isNaN(end)) errors.to = 'Enter the last day';
  if (!errors.from && !errors.to && start > end)
    errors.to = 'The end date must be on or after the start date';
  return errors;
}
