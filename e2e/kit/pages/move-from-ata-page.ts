import { expect, type Download, type Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

/**
 * Configuration → Admin → Move from ATA: the post-install checklist (ticked by the service from
 * the instance's state), export and import of the configuration (a per-page diff first).
 */
export class MoveFromAtaPage extends PortalPage {
  readonly path = paths.configuration.moveFromAta;
  readonly title = 'Move from ATA';

  get checklist(): Locator {
    return this.page.getByRole('list', { name: 'Post-install checklist' });
  }
  /** A checklist item by (part of) its title; it reads "Done" or "To do". */
  item(title: string | RegExp): Locator {
    return this.checklist.getByRole('listitem').filter({ hasText: title });
  }
  /** "4 of 12 done". */
  get progress(): Locator {
    return this.page.getByText(/^\d+ of 12 done$/);
  }
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export configuration' });
  }
  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import configuration…' });
  }
  get fileInput(): Locator {
    return this.page.getByLabel('Configuration file to import');
  }
  /** Export configuration → the downloaded file. */
  async exportConfiguration(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }
  /** Chooses a file to import; the per-page diff (or the file's problems) shows next. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(file);
  }
  /** The diff of the chosen file: one table of changes per page. */
  changes(fileName: string): Locator {
    return this.page.getByRole('region', { name: `Changes in ${fileName}` });
  }
  pageChanges(page: string): Locator {
    return this.page.getByRole('table', { name: `Changes to ${page}` });
  }
  problems(fileName: string): Locator {
    return this.page.getByRole('list', { name: `Problems in ${fileName}` });
  }
  /** Import changes to N pages → the success message. */
  async applyImport(fileName: string) {
    await this.changes(fileName)
      .getByRole('button', { name: /^Import changes to \d+ pages?$/ })
      .click();
    await expect(this.page.getByText(`${fileName} imported`)).toBeVisible();
  }
}
