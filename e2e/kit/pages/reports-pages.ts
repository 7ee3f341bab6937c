import type { Download, Locator } from '@playwright/test';
import type { OutboxChannel, OutboxKind } from '../../../src/api/contracts/outbox';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

export type ReportTitle =
  | 'Summary'
  | 'Modifications to sensitive groups'
  | 'Passwords exposed in cleartext'
  | 'Lateral movements paths to sensitive accounts';

/** Reports: a row per report with From / To (`?<report>.from=&<report>.to=`) and Download. */
export class ReportsPage extends PortalPage {
  readonly path = paths.reports;
  readonly title = 'Reports';

  /** The report's row (a region named by its title). */
  report(title: ReportTitle): Locator {
    return this.page.getByRole('region', { name: title });
  }
  from(title: ReportTitle): Locator {
    return this.report(title).getByLabel('From');
  }
  to(title: ReportTitle): Locator {
    return this.report(title).getByLabel('To');
  }
  download(title: ReportTitle): Locator {
    return this.report(title).getByRole('button', { name: `Download ${title}` });
  }
  /** The greyed row's explanation ("No passwords in cleartext were observed"). */
  emptyNote(title: ReportTitle): Locator {
    return this.report(title).getByRole('note');
  }
  get scheduledReportsLink(): Locator {
    return this.page.getByRole('link', { name: 'Set scheduled reports' });
  }
  /** Clicks Download and returns the file the browser received. */
  async downloadReport(title: ReportTitle): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.download(title).click();
    return download;
  }
}

/** Demo menu → Outbox (demo builds): what the service sent, newest first (`?channel=`). */
export class OutboxPage extends PortalPage {
  readonly path = paths.outbox;
  readonly title = 'Outbox';

  channel(name: 'All' | OutboxChannel): Locator {
    return this.page.getByRole('tab', { name });
  }
  get table(): Locator {
    return this.page.getByRole('table', { name: 'Messages sent' });
  }
  /** Rows of the table, optionally of one channel and kind. */
  messages(channel?: OutboxChannel, kind?: OutboxKind): Locator {
    let rows = this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
    if (channel) rows = rows.filter({ hasText: channel });
    if (kind) rows = rows.filter({ hasText: kind });
    return rows;
  }
  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: /sent yet$/ });
  }
}
