import * as z from 'zod/mini';
import {
  missingSharedSecretMessage,
  sharedSecretSchema,
  vpnSettingsInputSchema,
  type VpnSettings,
  type VpnSettingsInput,
} from '@/api/contracts/vpn';

/**
 * The VPN form, derived from the contract. `sharedSecret` is what the admin typed ('' = keep the
 * stored one); `secretIsSet` comes from the service and is never edited. Turning RADIUS accounting
 * on needs a secret typed now or set before — the same rule the backend applies.
 */
export const vpnFormSchema = z
  .extend(z.pick(vpnSettingsInputSchema, { radiusEnabled: true }), {
    secretIsSet: z.boolean(),
    sharedSecret: z.string(),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (values.sharedSecret !== '') {
        const checked = sharedSecretSchema.safeParse(values.sharedSecret);
        const message = checked.error?.issues[0]?.message;
        if (message) ctx.addIssue({ code: 'custom', path: ['sharedSecret'], message });
      } else if (values.radiusEnabled && !values.secretIsSet) {
        ctx.addIssue({
          code: 'custom',
          path: ['sharedSecret'],
          message: missingSharedSecretMessage,
        });
      }
    }),
  );
export type VpnFormValues = z.infer<typeof vpnFormSchema>;

export function vpnToValues(settings: VpnSettings): VpnFormValues {
  return {
    radiusEnabled: settings.radiusEnabled,
    secretIsSet: settings.sharedSecret.isSet,
    sharedSecret: '',
  };
}

/** Sends the secret only when one was typed: an empty field keeps the stored secret. */
export function vpnToInput(values: VpnFormValues): VpnSettingsInput {
  return values.sharedSecret === ''
    ? { radiusEnabled: values.radiusEnabled }
    : { radiusEnabled: values.radiusEnabled, sharedSecret: values.sharedSecret };
}
