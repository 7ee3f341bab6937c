import { expect, type Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

export type RoleGroupName = 'Administrators' | 'Users' | 'Viewers';

/** Configuration → Admin → Role groups: members of the instance's three role groups. */
export class RoleGroupsPage extends PortalPage {
  readonly path = paths.configuration.roleGroups;
  readonly title = 'Role groups';

  group(name: RoleGroupName): Locator {
    return this.page.getByRole('region', { name });
  }
  members(name: RoleGroupName): Locator {
    return this.page.getByRole('table', { name: `Members of ${name}` });
  }
  addMembersButton(name: RoleGroupName): Locator {
    return this.page.getByRole('button', { name: `Add members to ${name}` });
  }
  /** Add members → search → Add <person> → Done. */
  async addMember(group: RoleGroupName, displayName: string) {
    await this.addMembersButton(group).click();
    const dialog = this.page.getByRole('dialog', { name: `Add members to ${group}` });
    await dialog
      .getByRole('searchbox', { name: /Search people in/ })
      .fill(displayName.split(' ')[0] ?? displayName);
    await dialog.getByRole('button', { name: `Add ${displayName}` }).click();
    await expect(dialog.getByRole('status')).toHaveText(`Added to ${group}: ${displayName}.`);
    return dialog;
  }
  /** Remove <person> from <group> → confirm. */
  async removeMember(group: RoleGroupName, displayName: string) {
    await this.page.getByRole('button', { name: `Remove ${displayName} from ${group}` }).click();
    const confirm = this.page.getByRole('alertdialog', {
      name: `Remove ${displayName} from ${group}?`,
    });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(confirm).toBeHidden();
  }
}

/** Configuration → Admin → Audit log (Administrators): who changed what, with a diff. */
export class AuditLogPage extends PortalPage {
  readonly path = paths.configuration.auditLog;
  readonly title = 'Audit log';

  /** The filter by settings page ('Role groups', 'Syslog notifications', …), kept in the URL. */
  get pageFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Page' });
  }
  /** An entry, named by its target ('Vigil contoso Users', …). */
  entry(target?: string): Locator {
    return target
      ? this.page.getByRole('article', { name: target })
      : this.page.getByRole('article');
  }
  get empty(): Locator {
    return this.page.getByRole('heading', { name: 'No configuration changes yet' });
  }
}

/** Configuration → Admin → Delete instance. */
export class DeleteInstancePage extends PortalPage {
  readonly path = paths.configuration.deleteInstance;
  readonly title = 'Delete instance';
  get confirmName(): Locator {
    return this.page.getByRole('textbox', { name: /Type the instance name/ });
  }
  get deleteButton(): Locator {
    return this.page.getByRole('button', { name: 'Delete instance' });
  }
  /** Types the instance name and deletes; the portal goes to the welcome page. */
  async deleteInstance(name: string) {
    await this.confirmName.fill(name);
    await this.deleteButton.click();
    await expect(this.page).toHaveURL(new RegExp(`${paths.noInstance}$`));
  }
}
