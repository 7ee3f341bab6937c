import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock backend for Vitest: same handlers as the browser, state in memory, clock frozen. */
export const server = setupServer(...handlers);
