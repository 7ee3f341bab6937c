import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { failNext } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';
import { endpoints } from '@/api/endpoints';
import { defaultSyslogSettings, syslogSettingsResponseSchema } from '@/api/contracts/syslog';

type Rendered = Awaited<ReturnType<typeof renderRoute>>;

async function openPage(as = 'admin@contoso.com', scenario: 'contoso' | false = 'contoso') {
  const view = await renderRoute(paths.configuration.syslog, { as, scenario });
  await screen.findByRole('form', { name: 'Syslog notifications' }, { timeout: 5_000 });
  return view;
}

async function stored() {
  return syslogSettingsResponseSchema.parse(
    (await callApi('admin@contoso.com', endpoints.config('syslog'))).body,
  ).value;
}

async function choose({ user }: Rendered, combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Switches Syslog on and fills the service fields. */
async function configure(view: Rendered, server = 'siem.contoso.com', port = '6514') {
  const { user } = view;
  await user.click(
    screen.getByRole('switch', { name: 'Send security alerts and health issues to a SIEM' }),
  );
  await choose(view, 'Sensor that sends the messages', 'DC01 (contoso.com)');
  await user.clear(screen.getByRole('textbox', { name: /Server/ }));
  await user.type(screen.getByRole('textbox', { name: /Server/ }), server);
  await user.clear(screen.getByRole('spinbutton', { name: 'Port' }));
  await user.type(screen.getByRole('spinbutton', { name: 'Port' }), port);
}

describe('Syslog notifications page', () => {
  it('lets an Administrator configure Syslog and keeps it after a reload', async () => {
    const view = await openPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Syslog notifications' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await configure(view);
    await choose(view, 'Transport', 'TLS (secured Syslog)');
    expect(
      screen.getByText('Secured Syslog: the certificates must be installed on DC01.'),
    ).toBeInTheDocument();
    await choose(view, 'Format', 'RFC 3164');
    await view.user.click(screen.getByRole('switch', { name: 'A new health issue is detected' }));
    await view.user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Last changed by Adele Vance/)).toBeInTheDocument();
    expect(await stored()).toEqual({
      enabled: true,
      sensorId: expect.any(String) as string,
      server: 'siem.contoso.com',
      port: 6514,
      transport: 'TLS',
      format: 'RFC 3164',
      events: { newSecurityAlerts: true, updatedSecurityAlerts: true, newHealthIssues: false },
    });

    view.unmount();
    await openPage('admin@contoso.com', false);
    expect(
      screen.getByRole('switch', { name: 'Send security alerts and health issues to a SIEM' }),
    ).toBeChecked();
    expect(
      screen.getByRole('combobox', { name: 'Sensor that sends the messages' }),
    ).toHaveTextContent('DC01 (contoso.com)');
    expect(screen.getByRole('textbox', { name: /Server/ })).toHaveValue('siem.contoso.com');
    expect(screen.getByRole('spinbutton', { name: 'Port' })).toHaveValue(6514);
    expect(screen.getByRole('combobox', { name: 'Transport' })).toHaveTextContent(
      'TLS (secured Syslog)',
    );
    expect(
      screen.getByRole('switch', { name: 'A new health issue is detected' }),
    ).not.toBeChecked();
  });

  it('shows the exact line in a live preview that follows the form', async () => {
    const view = await openPage();
    expect(screen.getByText('Choose a sensor to see the message it sends.')).toBeInTheDocument();
    await choose(view, 'Sensor that sends the messages', 'DC01 (contoso.com)');
    const preview = screen.getByRole('textbox', { name: 'Message preview' });
    expect(preview).toHaveAttribute('readonly');
    expect((preview as HTMLTextAreaElement).value).toMatch(
      /^<36>1 2026-11-20T09:00:00\.000000\+00:00 dc01\.contoso\.com CEF \d+ DnsReconnaissanceSecurityAlert - CEF:0\|Vigil\|Vigil\|2\.130\.8934\|DnsReconnaissanceSecurityAlert\|Network mapping reconnaissance \(DNS\)\|5\|start=2026-11-20T09:00:00\.0000000Z /,
    );
    await choose(view, 'Format', 'RFC 3164');
    expect((preview as HTMLTextAreaElement).value).toMatch(/^<36>Nov 20 09:00:00 DC01 CEF:0\|/);
  });

  it('puts bad port and server on the fields and saves nothing', async () => {
    const view = await openPage();
    await configure(view, 'http://x', '0');
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Ports go from 1 to 65535')).toBeInTheDocument();
    expect(
      screen.getByText('Enter a server name (FQDN) or an IP address, without http:// or a port'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send test message' })).toBeDisabled();

    await view.user.clear(screen.getByRole('spinbutton', { name: 'Port' }));
    await view.user.type(screen.getByRole('spinbutton', { name: 'Port' }), '70000');
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Ports go from 1 to 65535')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Server/ })).toHaveValue('http://x');
    expect(await stored()).toEqual(defaultSyslogSettings);
  });

  it('sends a test message with unsaved settings and shows what was sent', async () => {
    const view = await openPage();
    await configure(view);
    await view.user.click(screen.getByRole('button', { name: 'Send test message' }));
    const result = screen.getByRole('status', { name: 'Test message result' });
    await waitFor(() => expect(result).toHaveTextContent('Test message sent'));
    expect(result).toHaveTextContent('Sent to siem.contoso.com:6514 over UDP from DC01.');
    const sent = screen.getByRole('textbox', { name: 'Message that was sent' });
    expect((sent as HTMLTextAreaElement).value).toContain('CEF:0|Vigil|Vigil|');
    expect((sent as HTMLTextAreaElement).value).toContain('externalId=2007');
    expect(await stored()).toEqual(defaultSyslogSettings);

    // Changing the settings makes the result out of date.
    await view.user.type(screen.getByRole('textbox', { name: /Server/ }), 'x');
    expect(result).toHaveTextContent('The settings changed since the last test message');
    expect(
      screen.queryByRole('textbox', { name: 'Message that was sent' }),
    ).not.toBeInTheDocument();
  });

  it('says why a test message to an unreachable server failed', async () => {
    const view = await openPage();
    await configure(view, 'siem.invalid', '514');
    await view.user.click(screen.getByRole('button', { name: 'Send test message' }));
    const result = screen.getByRole('status', { name: 'Test message result' });
    await waitFor(() => expect(result).toHaveTextContent('The test message wasn’t delivered'));
    expect(result).toHaveTextContent(
      'No response from siem.invalid on UDP 514 within 5 seconds (sent from DC01).',
    );
  });

  it('shows Users the settings read-only with a note, and no Save or test', async () => {
    await openPage('analyst@contoso.com');
    expect(
      screen.getByText(
        'Only Administrators can change Syslog notifications: the SIEM is a data source.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send test message' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('switch', { name: 'Send security alerts and health issues to a SIEM' }),
    ).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Server/ })).toBeDisabled();
  });

  it('keeps what was typed when saving fails, and saves on the next try', async () => {
    const view = await openPage();
    await configure(view);
    failNext('PUT', endpoints.config('syslog'), 500);
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/Your changes weren’t saved/);
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Server/ })).toHaveValue('siem.contoso.com');
    expect(screen.getByRole('spinbutton', { name: 'Port' })).toHaveValue(6514);
    expect(await stored()).toEqual(defaultSyslogSettings);

    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).server).toBe('siem.contoso.com'));
    expect(await screen.findByText(/Last changed by Adele Vance/)).toBeInTheDocument();
    expect(screen.queryByText(/Your changes weren’t saved/)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('form', { name: 'Syslog notifications' })).getByRole('button', {
        name: 'Save',
      }),
    ).toBeDisabled();
  });
});
