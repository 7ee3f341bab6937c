import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RADIUS_ACCOUNTING_PORT, supportedVpnVendors } from '@/api/contracts/vpn';
import { SettingsForm } from '@/components/forms/settings-form';
import { SwitchField } from '@/components/forms/switch-field';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
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
    source: useVersionedQuery(vpnQueries.settings()),
    schema: vpnFormSchema,
    toValues: vpnToValues,
    toInput: vpnToInput,
    save: saveVpnSettings,
    canEdit,
  });
  const { form, data } = settings;

  return (
    <SettingsForm
      form={settings}
      label="VPN settings"
      readOnlyNote="Only Administrators can change VPN settings."
    >
      <SwitchField
        control={form.control}
        name="radiusEnabled"
        label="RADIUS accounting"
        hint={`When on, every sensor listens for RADIUS accounting on UDP port ${RADIUS_ACCOUNTING_PORT} and opens its Windows Firewall rule for it.`}
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
