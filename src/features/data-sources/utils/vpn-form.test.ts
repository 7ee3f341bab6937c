import { describe, expect, it } from 'vitest';
import { sharedSecretSchema, vpnSettingsInputSchema } from '@/api/contracts/vpn';
import { vpnFormSchema, vpnToInput, vpnToValues } from './vpn-form';

const errorsOf = (values: unknown) =>
  vpnFormSchema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('VPN form', () => {
  it('needs a secret to turn RADIUS accounting on, unless one is set already', () => {
    expect(errorsOf({ radiusEnabled: true, secretIsSet: false, sharedSecret: '' })).toEqual([
      ['sharedSecret', 'Enter the shared secret your VPN server uses'],
    ]);
    expect(errorsOf({ radiusEnabled: true, secretIsSet: true, sharedSecret: '' })).toEqual([]);
    expect(errorsOf({ radiusEnabled: false, secretIsSet: false, sharedSecret: '' })).toEqual([]);
    expect(errorsOf({ radiusEnabled: true, secretIsSet: false, sharedSecret: 'Abcdef12' })).toEqual(
      [],
    );
  });

  it('checks a typed secret with the contract’s rules, even with RADIUS off', () => {
    expect(errorsOf({ radiusEnabled: false, secretIsSet: true, sharedSecret: 'short' })).toEqual([
      ['sharedSecret', 'The shared secret has at least 8 characters'],
    ]);
    expect(
      errorsOf({ radiusEnabled: false, secretIsSet: true, sharedSecret: 'with space 1' }),
    ).toEqual([
      ['sharedSecret', 'Use letters and digits only, as your VPN server’s RADIUS settings do'],
    ]);
    expect(sharedSecretSchema.safeParse('a'.repeat(128)).success).toBe(true);
    expect(sharedSecretSchema.safeParse('a'.repeat(129)).success).toBe(false);
  });

  it('sends the secret only when one was typed, and never shows the stored one', () => {
    const values = vpnToValues({
      radiusEnabled: true,
      sharedSecret: { isSet: true, updatedAt: null },
    });
    expect(values).toEqual({ radiusEnabled: true, secretIsSet: true, sharedSecret: '' });
    expect(vpnToInput(values)).toEqual({ radiusEnabled: true });
    expect(vpnToInput({ ...values, sharedSecret: 'NewSecret99' })).toEqual({
      radiusEnabled: true,
      sharedSecret: 'NewSecret99',
    });
    // The input contract drops anything else, such as the form-only `secretIsSet`.
    expect(vpnSettingsInputSchema.parse({ ...values, sharedSecret: undefined })).toEqual({
      radiusEnabled: true,
    });
  });
});
