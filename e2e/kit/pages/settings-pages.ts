import { expect, type Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage, SettingsPage } from './portal-page';

/** Configuration → Data sources → Directory services: the accounts the sensors read AD with. */
export class DirectoryServicesPage extends PortalPage {
  readonly path = paths.configuration.directoryServices;
  readonly title = 'Directory services';

  get accounts(): Locator {
    return this.page.getByRole('table', { name: 'Directory service accounts' });
  }
  get addCredentials(): Locator {
    return this.page.getByRole('button', { name: 'Add credentials' });
  }
  /** Add credentials → the dialog. */
  async openAddAccount() {
    await this.addCredentials.click();
    const dialog = this.page.getByRole('dialog', { name: 'Add directory service account' });
    await expect(dialog).toBeVisible();
    return {
      root: dialog,
      gmsa: dialog.getByRole('radio', { name: /gMSA/ }),
      accountName: dialog.getByRole('textbox', { name: 'Account name' }),
      domain: dialog.getByRole('textbox', { name: 'Domain' }),
      password: dialog.getByLabel('Password'),
      add: dialog.getByRole('button', { name: 'Add' }),
    };
  }
}

/** Configuration → Data sources → VPN (RADIUS accounting; the shared secret is write-only). */
export class VpnPage extends SettingsPage {
  readonly path = paths.configuration.vpn;
  readonly title = 'VPN';
  get radiusAccounting(): Locator {
    return this.page.getByRole('switch', { name: 'RADIUS accounting' });
  }
  /** The shared secret input (when the form asks for one). */
  get sharedSecret(): Locator {
    return this.page.getByLabel(/^(New )?[Ss]hared secret/).and(this.page.locator('input'));
  }
  /** "Shared secret: set (changed …)" / "Shared secret: not set". */
  get secretStatus(): Locator {
    return this.page.getByText(/^Shared secret: (set|not set)/);
  }
  get changeSecret(): Locator {
    return this.page.getByRole('button', { name: 'Change shared secret' });
  }
}

/** Configuration → Data sources → Microsoft Defender for Endpoint. */
export class DefenderForEndpointPage extends SettingsPage {
  readonly path = paths.configuration.defenderForEndpoint;
  readonly title = 'Microsoft Defender for Endpoint';
  get integration(): Locator {
    return this.page.getByRole('switch', {
      name: 'Integration with Microsoft Defender for Endpoint',
    });
  }
  status(status: 'Off' | 'Connected'): Locator {
    return this.page.getByLabel(`Status: ${status}`);
  }
}

/** Configuration → Notifications and reports → Syslog notifications. */
export class SyslogPage extends SettingsPage {
  readonly path = paths.configuration.syslog;
  readonly title = 'Syslog notifications';
  get form(): Locator {
    return this.page.getByRole('form', { name: this.title });
  }
  get enabled(): Locator {
    return this.page.getByRole('switch', {
      name: 'Send security alerts and health issues to a SIEM',
    });
  }
  get sensor(): Locator {
    return this.page.getByRole('combobox', { name: 'Sensor that sends the messages' });
  }
  get server(): Locator {
    return this.page.getByRole('textbox', { name: /Server/ });
  }
  get port(): Locator {
    return this.page
      .getByRole('spinbutton', { name: 'Port' })
      .or(this.page.getByRole('textbox', { name: 'Port' }));
  }
  get transport(): Locator {
    return this.page.getByRole('combobox', { name: 'Transport' });
  }
  get format(): Locator {
    return this.page.getByRole('combobox', { name: 'Format' });
  }
  event(name: string): Locator {
    return this.page.getByRole('switch', { name });
  }
  /** Picks an option of one of the form's dropdowns (sensor, transport, format). */
  async choose(dropdown: Locator, option: string) {
    await dropdown.click();
    await this.page.getByRole('option', { name: option }).click();
  }
  get sendTestMessage(): Locator {
    return this.page.getByRole('button', { name: 'Send test message' });
  }
  get testResult(): Locator {
    return this.page.getByRole('status', { name: 'Test message result' });
  }
}

/** Configuration → Notifications and reports → Email notifications (recipient lists per event). */
export class EmailNotificationsPage extends SettingsPage {
  readonly path = paths.configuration.notifications;
  readonly title = 'Email notifications';
  get form(): Locator {
    return this.page.getByRole('form', { name: this.title });
  }
  /** The recipient input of an event ("A new security alert is detected", …). */
  recipientsInput(event: string): Locator {
    return this.page.getByRole('textbox', { name: event });
  }
  /** The recipients listed for an event. */
  recipients(event: string): Locator {
    return this.page.getByRole('list', { name: `${event}: recipients` });
  }
  /** Types addresses into an event's input and presses Enter. */
  async addRecipients(event: string, addresses: string) {
    await this.recipientsInput(event).fill(addresses);
    await this.recipientsInput(event).press('Enter');
  }
}

/** Configuration → Notifications and reports → Scheduled reports. */
export class ScheduledReportsPage extends SettingsPage {
  readonly path = paths.configuration.scheduledReports;
  readonly title = 'Scheduled reports';
  frequency(report: string): Locator {
    return this.page.getByRole('combobox', { name: `Send the ${report} report` });
  }
  recipientsInput(report: string): Locator {
    return this.page.getByRole('textbox', { name: `${report}: send to` });
  }
}

/** Configuration → Preview → Detections. */
export class PreviewDetectionsPage extends SettingsPage {
  readonly path = paths.configuration.previewDetections;
  readonly title = 'Preview detections';
  get toggle(): Locator {
    return this.page.getByRole('switch', { name: 'Show preview detections' });
  }
}
