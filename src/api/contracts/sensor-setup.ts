import * as z from 'zod/mini';
import { dataRegionSchema, isoDateTime } from './vocabulary';

/** The sensor package the setup download installs (domain catalog §6.2). */
export const SENSOR_PACKAGE_VERSION = '2.130.8934';
export const SENSOR_SETUP_FILE_NAME = 'Vigil Sensor Setup.zip';
export const SENSOR_INSTALLER_NAME = 'Vigil Sensor Setup.exe';
/** Header a sensor sends its access key in when it registers (never a URL, never a bearer). */
export const ACCESS_KEY_HEADER = 'X-Vigil-Access-Key';

/** Base64 of 64 random bytes: 88 characters ending in `==`. */
export const accessKeyPattern = /^[A-Za-z0-9+/]{86}==$/;
export const accessKeyValueSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(accessKeyPattern, 'An access key is 88 characters of base64, ending with =='),
  );

/** GET /api/access-key (Administrators): the one secret that is read back, on request. */
export const accessKeySchema = z.object({ key: accessKeyValueSchema, generatedAt: isoDateTime });
export type AccessKey = z.infer<typeof accessKeySchema>;

/** POST /api/access-key/regenerate answers when the new key was made, not the key. */
export const accessKeyRegeneratedSchema = z.object({ generatedAt: isoDateTime });

/** The command line that installs a sensor silently (domain catalog §12). */
export function silentInstallCommand(accessKey: string) {
  return `"${SENSOR_INSTALLER_NAME}" /quiet NetFrameworkCommandLineArguments="/q" AccessKey="${accessKey}"`;
}

/** SensorInstallationConfiguration.json inside the setup zip: how a sensor finds its instance. */
export const sensorInstallationConfigurationSchema = z.object({
  instanceName: z.string(),
  sensorEndpoint: z.string(),
  region: dataRegionSchema,
  packageVersion: z.string(),
  generatedAt: isoDateTime,
});
export type SensorInstallationConfiguration = z.infer<typeof sensorInstallationConfigurationSchema>;

/** POST /api/sensor-api/register: what a freshly installed sensor tells the service. */
export const sensorRegistrationSchema = z.object({
  domainControllerFqdn: z.string().check(z.trim(), z.minLength(1, 'Choose a domain controller')),
  machineName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter the machine name'),
      z.maxLength(15, 'A NetBIOS name has at most 15 characters'),
    ),
  version: z.string().check(z.trim(), z.minLength(1)),
});
export type SensorRegistration = z.infer<typeof sensorRegistrationSchema>;

export const sensorRegisteredSchema = z.object({ sensorId: z.string(), registeredAt: isoDateTime });
export type SensorRegistered = z.infer<typeof sensorRegisteredSchema>;
