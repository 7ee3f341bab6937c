import type { RequestHandler } from 'msw';
import { createIdentityHandlers } from '../identity/identity-handlers';
import { store } from '../store/store';
import { alertHandlers } from './alerts';
import { auditHandlers } from './audit';
import { configurationTransferHandlers } from './configuration-transfer';
import { defenderHandlers } from './defender-for-endpoint';
import { demoHandlers } from './demo';
import { entityActivityHandlers } from './entities-activities';
import { entityHandlers } from './entities';
import { lateralMovementHandlers } from './lateral-movement';
import { entityTagHandlers } from './entity-tags';
import { honeytokenSignInHandlers } from './demo-honeytoken';
import { exclusionHandlers } from './exclusions';
import { demoOutageHandlers } from './demo-outages';
import { healthHandlers } from './health';
import { sensorConfigHandlers } from './sensor-config';
import { deploymentHandlers } from './deployment';
import { instanceHandlers } from './instance';
import { directoryServiceHandlers } from './directory-services';
import { meHandlers } from './me';
import { moveFromAtaHandlers } from './move-from-ata';
import { openApiHandlers } from './openapi';
import { outboxHandlers } from './outbox';
import { notificationHandlers } from './notifications';
import { reportHandlers } from './reports';
import { roleGroupHandlers } from './role-groups';
import { sensorHandlers } from './sensors';
import { sensorSetupHandlers } from './sensor-setup';
import { syslogHandlers } from './syslog';
import { vpnHandlers } from './vpn';

/** Every handler of the mock backend. The browser worker and the Vitest server both use this list. */
export const handlers: RequestHandler[] = [
  ...createIdentityHandlers({ getDirectory: () => store.state.directory }),
  ...demoHandlers,
  ...demoOutageHandlers,
  ...sensorConfigHandlers,
  ...healthHandlers,
  ...meHandlers,
  ...sensorHandlers,
  ...instanceHandlers,
  ...deploymentHandlers,
  ...roleGroupHandlers,
  ...auditHandlers,
  ...syslogHandlers,
  ...notificationHandlers,
  ...directoryServiceHandlers,
  ...sensorSetupHandlers,
  ...vpnHandlers,
  ...defenderHandlers,
  ...entityHandlers,
  ...entityActivityHandlers,
  ...reportHandlers,
  ...outboxHandlers,
  ...alertHandlers,
  ...lateralMovementHandlers,
  ...entityTagHandlers,
  ...honeytokenSignInHandlers,
  ...exclusionHandlers,
  ...configurationTransferHandlers,
  ...moveFromAtaHandlers,
  ...openApiHandlers(() => handlers),
];
