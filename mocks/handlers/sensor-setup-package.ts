import { strToU8, zipSync } from 'fflate';
import type { Instance } from '../../src/api/contracts/me';
import {
  SENSOR_INSTALLER_NAME,
  SENSOR_PACKAGE_VERSION,
  silentInstallCommand,
  type SensorInstallationConfiguration,
} from '../../src/api/contracts/sensor-setup';

/** The install guide in the setup zip. The access key is a placeholder: it is never in the package. */
export function installGuide(instance: Instance): string {
  return `# Vigil sensor setup — ${instance.name}

Package version ${SENSOR_PACKAGE_VERSION}. Sensors of this package connect to
${instance.sensorEndpoint} (data region: ${instance.region}).

## Before you install

1. Extract this zip to a folder on the domain controller, AD FS server or standalone server.
2. Keep \`SensorInstallationConfiguration.json\` next to the installer: it tells the sensor
   which instance to register with.
3. Copy the access key from the portal: **Configuration → Sensors → Access key → Reveal**.
   The key is used once, when the sensor registers. Regenerating it later does not affect
   sensors that are already installed.

## Install silently

Run from an elevated command prompt, with your access key in place of the placeholder:

    ${silentInstallCommand('<your access key>')}

Optional switches: \`InstallationPath="<path>"\`, proxy settings, and \`/uninstall\`.

## After installing

The sensor appears in **Configuration → Sensors** within a few minutes (service status
*Starting*, then *Syncing*). Allow at least 15 minutes for the service's back end before you
check activity. \`${SENSOR_INSTALLER_NAME}\` is not part of this demo package.
`;
}

/** The zip the portal downloads: the connection settings and the install guide, nothing else. */
export function sensorSetupZip(instance: Instance, now: number): Uint8Array {
  const configuration: SensorInstallationConfiguration = {
    instanceName: instance.name,
    sensorEndpoint: instance.sensorEndpoint,
    region: instance.region,
    packageVersion: SENSOR_PACKAGE_VERSION,
    generatedAt: new Date(now).toISOString(),
  };
  return zipSync({
    'SensorInstallationConfiguration.json': strToU8(JSON.stringify(configuration, null, 2)),
    'INSTALL.md': strToU8(installGuide(instance)),
  });
}
