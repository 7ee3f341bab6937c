import { Field, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { RADIUS_ACCOUNTING_PORT, supportedVpnVendors } from '@/api/contracts/vpn';
import { SettingsForm } from '@/components/forms/settings-form';
import { formatDateTime } from '@/lib/format';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { saveVpnSettings, vpnQueries } from '../api/vpn-queries';
import { vpnFormSchema, vpnToInput, vpnToValues } from '../utils/vpn-form';
import { SharedSecretField } from './shared-secret-field';

const useStyles = makeStyles({
  vendors: { color: tokens.colorNeutralForeground2, maxWidth: '90ch' },
});

const vendorList = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(
  supportedVpnVendors,
);

/** RADIUS accounting on/off and the write-only shared secret. */
export function VpnForm({ canEdit }: { canEdit: boolean }) {
  const styles = useStyles();
  const settings = useVersionedForm({
    query: vpnQueries.settings(),
    schema: vpnFormSchema,
    toValues: vpnToValues,
    toInput: vpnToInput,
    save: saveVpnSettings,
    canEdit,
  });
  const { form, data } = settings;
  const lastChanged = data.updatedAt
    ? `Last changed by ${data.updatedBy ?? 'someone'} on ${formatDateTime(data.updatedAt)}`
    : undefined;

  return (
    <SettingsForm
      label="VPN settings"
      canEdit={canEdit}
      readOnlyNote="Only Administrators can change VPN settings."
      isDirty={form.formState.isDirty}
      saving={settings.saving}
      formError={settings.formError}
      conflict={settings.conflict}
      blocker={settings.blocker}
      lastChanged={lastChanged}
      onSubmit={(event) => void settings.submit(event)}
      onDiscard={settings.discard}
      onReloadAndReapply={() => void settings.reloadAndReapply()}
      onDismissConflict={settings.dismissConflict}
    >
      <Controller
        name="radiusEnabled"
        control={form.control}
        render={({ field }) => (
          <Field
            hint={`When on, every sensor listens for RADIUS accounting on UDP port ${RADIUS_ACCOUNTING_PORT} and opens its Windows Firewall rule for it.`}
          >
            <Switch
              ref={field.ref}
              label="RADIUS accounting"
              checked={field.value}
              disabled={field.disabled}
              onChange={(_, d) => field.onChange(d.checked)}
              onBlur={field.onBlur}
            />
          </Field>
        )}
      />
      <SharedSecretField
        key={data.etag}
        control={form.control}
        secret={data.value.sharedSecret}
        canEdit={canEdit}
        onClear={() => {
          form.resetField('sharedSecret');
        }}
      />
      <Text as="p" className={styles.vendors}>
        Supported VPN servers: {vendorList}. Point your VPN server’s RADIUS accounting at your
        sensors on UDP port {RADIUS_ACCOUNTING_PORT}, with the same shared secret, and have it send
        Accounting-On and Accounting-Off. Several sensors can receive it, for high availability.
      </Text>
    </SettingsForm>
  );
}
