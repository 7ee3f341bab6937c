import { delayedUpdateHours } from '@/api/contracts/sensors';

/** What delayed update means, in the sensor form and the bulk dialog (kept out of the form module so the list doesn't load the form library). */
export const delayedUpdateHint = `Delayed-update sensors install a new sensor version ${delayedUpdateHours} hours after it is released, so you can watch the other sensors update first.`;
