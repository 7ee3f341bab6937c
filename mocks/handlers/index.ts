import { createIdentityHandlers } from '../identity/identity-handlers';
import { store } from '../store/store';
import { demoHandlers } from './demo';
import { deploymentHandlers } from './deployment';
import { instanceHandlers } from './instance';
import { meHandlers } from './me';
import { sensorHandlers } from './sensors';

/** Every handler of the mock backend. The browser worker and the Vitest server both use this list. */
export const handlers = [
  ...createIdentityHandlers({ getDirectory: () => store.state.directory }),
  ...demoHandlers,
  ...meHandlers,
  ...sensorHandlers,
  ...instanceHandlers,
  ...deploymentHandlers,
];
