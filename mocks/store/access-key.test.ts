import { describe, expect, it } from 'vitest';
import { accessKeyValueSchema, silentInstallCommand } from '../../src/api/contracts/sensor-setup';
import { accessKeyFor } from './access-key';

describe('access key', () => {
  it('is base64 of 64 bytes: 88 characters ending in ==, the same for the same tenant and generation', () => {
    const key = accessKeyFor('tenant-1', 0);
    expect(key).toHaveLength(88);
    expect(key.endsWith('==')).toBe(true);
    expect(atob(key)).toHaveLength(64);
    expect(accessKeyValueSchema.safeParse(key).success).toBe(true);
    expect(accessKeyFor('tenant-1', 0)).toBe(key);
    expect(accessKeyFor('tenant-1', 1)).not.toBe(key);
    expect(accessKeyFor('tenant-2', 0)).not.toBe(key);
  });

  it('refuses what is not a key', () => {
    expect(accessKeyValueSchema.safeParse('abc==').success).toBe(false);
    expect(accessKeyValueSchema.safeParse(`${'A'.repeat(87)}=`).success).toBe(false);
  });

  it('goes into the silent install command line', () => {
    expect(silentInstallCommand('KEY==')).toBe(
      '"Vigil Sensor Setup.exe" /quiet NetFrameworkCommandLineArguments="/q" AccessKey="KEY=="',
    );
  });
});
