import { syslogTestLine } from '@/api/contracts/cef';
import type { Sensor } from '@/api/contracts/sensors';
import type { SyslogSettings } from '@/api/contracts/syslog';

/**
 * The live preview: the exact line "Send test message" sends for the settings as edited, from the
 * same formatter the service uses (`@/api/contracts/cef`). Null until a known sensor is chosen.
 */
export function previewLine(
  settings: Pick<SyslogSettings, 'sensorId' | 'format'>,
  sensors: readonly Pick<Sensor, 'id' | 'name' | 'fqdn'>[],
  instanceUrl: string,
  asOf: string,
): string | null {
  const sensor = sensors.find((s) => s.id === settings.sensorId);
  if (!sensor) return null;
  return syslogTestLine({ format: settings.format, sensor, instanceUrl, at: Date.parse(asOf) });
}
