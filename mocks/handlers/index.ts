import { createIdentityHandlers } from '../identity/identity-handlers';
import { store } from '../store/store';
import { auditHandlers } from './audit';
import { defenderHandlers } from './defender-for-endpoint';
import { demoHandlers } from './demo';
import { deploymentHandlers } from './deployment';
import { instanceHandlers } from './instance';
import { meHandlers } from './me';
import { notificationHandlers } from './notifications';
import { roleGroupHandlers } from './role-groups';
import { sensorHandlers } from './sensors';
import { syslogHandlers } from './syslog';
import { vpnHandlers } from './vpn';

/** Every handler of the mock backend. The browser worker and the Vitest server both use this list. */
export const handlers = [
  ...createIdentityHandlers({ getDirectory: () => store.state.directory }),
  ...demoHandlers,
  ...meHandlers,
  ...sensorHandlers,
  ...instanceHandlers,
  ...deploymentHandlers,
  ...roleGroupHandlers,
  ...auditHandlers,
  ...syslogHandlers,
  ...notificationHandlers,
  ...vpnHandlers,
  ...defenderHandlers,
];
