import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alertPageSchema, type AlertCounts } from '@/api/contracts/alerts';
import { exclusionsResponseSchema } from '@/api/contracts/exclusions';
import { endpoints } from '@/api/endpoints';
import { isApiError } from '@/api/errors';
import { http } from '@/api/http';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { failNext, givenScenario, givenTimePasses } from '../../../../mocks/configure';
import { readWorkbook } from '../../../../mocks/testing/read-workbook';

const analyst = 'analyst@contoso.com';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const viewer = 'viewer@contoso.com';

const serverCounts = async (): Promise<AlertCounts> =>
  (await http.get(`${endpoints.alerts}?limit=1`, alertPageSchema)).counts;

const list = (name: RegExp | string = /alerts$/i) => screen.findByRole('list', { name }, T);
const cards = (within_: HTMLElement) => within(within_).getAllByRole('article');
const filterLink = (label: string) =>
  within(screen.getByRole('navigation', { name: 'Filter by' })).getByRole('link', {
    name: new RegExp(`^${label} \\d+$`),
  });

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('Security alerts timeline', () => {
  it.each([analyst, viewer])('is where %s lands after sign-in', async (upn) => {
    const { router } = await renderRoute(paths.signedOut, { as: upn });
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.alerts), T);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Security alerts' }, T),
    ).toBeInTheDocument();
  });

  it('shows open alerts newest first with the server’s counts; filters live in the URL', async () => {
    const { user, router } = await renderRoute(paths.alerts, {
      scenario: 'active-attack',
      as: analyst,
    });
    const open = await list('Open alerts');
    const counts = await serverCounts();
    await waitFor(() => expect(filterLink('Open')).toHaveTextContent(String(counts.Open)), T);
    for (const label of ['All', 'High', 'Medium', 'Low', 'Closed', 'Suppressed'] as const) {
      expect(filterLink(label)).toHaveTextContent(String(counts[label]));
    }
    expect(filterLink('Open')).toHaveAttribute('aria-current', 'page');
    expect(
      screen.getByRole('heading', { name: `Open alerts (${counts.Open})` }),
    ).toBeInTheDocument();
    const first = cards(open)[0]!;
    expect(within(first).getByText('OPEN')).toBeInTheDocument();
    expect(within(first).getByText(/severity$/)).toBeInTheDocument();
    expect(within(first).getByText(/^Started at /)).toBeInTheDocument();
    expect(
      within(open).getAllByText(/ (Today|Yesterday|\w{3} \d+, \d{4})$/).length,
    ).toBeGreaterThan(0);

    await user.click(filterLink('Closed'));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=Closed'), T);
    const closed = await list('Closed alerts');
    expect(screen.getByRole('heading', { name: `Closed alerts (${counts.Closed})` })).toBeVisible();
    for (const card of cards(closed)) expect(within(card).getByText('CLOSED')).toBeInTheDocument();
  });

  it('designs the empty state per filter', async () => {
    await renderRoute(`${paths.alerts}?filter=Low`, { scenario: 'active-attack', as: analyst });
    // active-attack has no open Low severity alert
    expect(
      await screen.findByRole('region', { name: 'No open Low severity alerts' }, T),
    ).toBeVisible();
  });

  it('says when alerts can’t be loaded, and retries', async () => {
    await givenScenario('active-attack');
    // The route's prefetch, the list's retry as it mounts and the pane's counts all fail (a 400
    // isn't retried).
    for (let i = 0; i < 3; i++) failNext('GET', endpoints.alerts, 400);
    const { user } = await renderRoute(paths.alerts, { scenario: false, as: analyst });
    const retry = await screen.findByRole('button', { name: 'Retry' }, T);
    expect(screen.getByText(/Security alerts couldn’t be loaded/)).toBeInTheDocument();
    await user.click(retry);
    expect(await list('Open alerts')).toBeInTheDocument();
  });

  it('an analyst closes an alert from its menu: the card updates in place, Undo reopens it', async () => {
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack', as: analyst });
    const open = await list('Open alerts');
    const before = (await serverCounts()).Open;
    const card = cards(open)[0]!;
    const title = within(card).getByRole('heading').textContent!;
    await user.click(within(card).getByRole('button', { name: `Actions for ${title}` }));
    await user.click(await screen.findByRole('menuitem', { name: /^Close Close now/ }, T));
    await waitFor(() => expect(within(card).getByText('CLOSED')).toBeInTheDocument(), T);
    expect(screen.getByText(`Alert closed: ${title}`)).toBeInTheDocument();
    await waitFor(() => expect(filterLink('Open')).toHaveTextContent(String(before - 1)), T);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(card).getByText('OPEN')).toBeInTheDocument(), T);
    expect(await screen.findByText(`Alert reopened: ${title}`, {}, T)).toBeInTheDocument();
  });

  it('close and exclude names the entity and adds it to the detection’s exclusions', async () => {
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack', as: analyst });
    const open = await list('Open alerts');
    const card = cards(open).find((c) =>
      within(c).queryByRole('heading', { name: 'Account enumeration reconnaissance' }),
    )!;
    await user.click(within(card).getByRole('button', { name: /^Actions for / }));
    const item = await screen.findByRole('menuitem', { name: /^Close and exclude (\S+)/ }, T);
    const excluded = /^Close and exclude (.+?)Close now/.exec(item.textContent ?? '')![1]!;
    await user.click(item);
    expect(
      await screen.findByText(new RegExp(`^Alert closed and ${escape(excluded)} excluded`), {}, T),
    ).toBeInTheDocument();
    const { items } = (await http.get(endpoints.exclusions, exclusionsResponseSchema)).value;
    expect(items.map((e) => [e.detectionId, e.value])).toContainEqual(['2003', excluded]);
  });

  it('a Viewer sees no status actions, and the service refuses them anyway', async () => {
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack', as: viewer });
    const open = await list('Open alerts');
    const card = cards(open)[0]!;
    await user.click(within(card).getByRole('button', { name: /^Actions for / }));
    const menu = await screen.findByRole('menu', {}, T);
    expect(within(menu).queryByRole('menuitem', { name: /^Close/ })).toBeNull();
    expect(within(menu).queryByRole('menuitem', { name: /^Suppress/ })).toBeNull();
    expect(within(menu).queryByRole('menuitem', { name: /^Delete/ })).toBeNull();
    expect(within(menu).getByRole('menuitem', { name: /^Change status/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).getByRole('menuitem', { name: /^Download details/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    // The keys say why nothing happens.
    await user.keyboard('j');
    await user.keyboard('c');
    expect(
      await screen.findByText('Viewers can’t change the status of alerts.', {}, T),
    ).toBeVisible();

    const id = card.getAttribute('data-alert-id')!;
    const refused = await http
      .send('POST', endpoints.alertStatus(id), { action: 'Close' }, alertPageSchema)
      .catch((error: unknown) => error);
    expect(isApiError(refused) && refused.status).toBe(403);
  });

  it('an Administrator deletes an alert, then every alert of its type, in one dialog', async () => {
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack' });
    const open = await list('Open alerts');
    const card = cards(open).find((c) =>
      within(c).queryByRole('heading', { name: /pass-the-ticket/ }),
    )!;
    const title = within(card).getByRole('heading').textContent!;
    await user.click(within(card).getByRole('button', { name: /^Actions for / }));
    await user.click(await screen.findByRole('menuitem', { name: /^Delete/ }, T));
    const dialog = await findOpenDialog('Delete this alert?', { role: 'alertdialog' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const all = await findOpenDialog(`Delete all “${title}” alerts?`, { role: 'alertdialog' });
    await user.click(within(all).getByRole('button', { name: 'Delete all' }));
    await waitForDialogsClosed();
    expect(
      await screen.findByText(
        new RegExp(`^Deleted \\d+ more alerts? of type ${escape(title)}`),
        {},
        T,
      ),
    ).toBeVisible();
    await waitFor(() => expect(within(open).queryAllByText(title)).toHaveLength(0), T);
    const page = await http.get(`${endpoints.alerts}?filter=All&limit=500`, alertPageSchema);
    expect(page.items.filter((a) => a.title === title)).toHaveLength(0);
  });

  it('an analyst has no Delete', async () => {
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack', as: analyst });
    const open = await list('Open alerts');
    await user.click(within(cards(open)[0]!).getByRole('button', { name: /^Actions for / }));
    const menu = await screen.findByRole('menu', {}, T);
    expect(within(menu).queryByRole('menuitem', { name: /^Delete/ })).toBeNull();
  });

  it('downloads the details workbook and shares a link', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:alert';
    });
    URL.revokeObjectURL = () => {};
    const { user } = await renderRoute(paths.alerts, { scenario: 'active-attack', as: viewer });
    const open = await list('Open alerts');
    const card = cards(open)[0]!;
    const id = card.getAttribute('data-alert-id')!;
    await user.click(within(card).getByRole('button', { name: /^Actions for / }));
    await user.click(await screen.findByRole('menuitem', { name: /^Download details/ }, T));
    expect(await screen.findByText(/^Downloaded .+\.xlsx$/, {}, T)).toBeVisible();
    const workbook = await readWorkbook(new Blob([await saved[0]!.arrayBuffer()]));
    expect(Object.keys(workbook)).toContain('Summary');

    await user.click(within(card).getByRole('button', { name: /^Actions for / }));
    await user.click(await screen.findByRole('menuitem', { name: /^Share/ }, T));
    expect(
      await screen.findByText('Link to the alert copied to the clipboard', {}, T),
    ).toBeVisible();
    expect(await navigator.clipboard.readText()).toMatch(new RegExp(`${paths.alert(id)}$`));
  });

  it('triages by keyboard: j/k select, c closes, ? lists the shortcuts; typing in a field does nothing', async () => {
    const { user, router } = await renderRoute(paths.alerts, {
      scenario: 'active-attack',
      as: analyst,
    });
    const open = await list('Open alerts');
    const [first, second] = cards(open);
    await user.keyboard('j');
    await waitFor(() => expect(first).toHaveFocus(), T);
    await user.keyboard('j');
    await waitFor(() => expect(second).toHaveFocus(), T);
    await user.keyboard('k');
    await waitFor(() => expect(first).toHaveFocus(), T);
    const title = within(first!).getByRole('heading').textContent!;
    await user.keyboard('c');
    await waitFor(() => expect(within(first!).getByText('CLOSED')).toBeInTheDocument(), T);
    expect(screen.getByText(`Alert closed: ${title}`)).toBeInTheDocument();
    await user.keyboard('o');
    await waitFor(() => expect(within(first!).getByText('OPEN')).toBeInTheDocument(), T);

    await user.click(screen.getByRole('combobox', { name: /search/i }));
    await user.keyboard('jc');
    expect(within(first!).getByText('OPEN')).toBeInTheDocument();
    first!.focus();

    await user.keyboard('?');
    const dialog = await findOpenDialog('Keyboard shortcuts');
    expect(within(dialog).getByRole('table')).toHaveTextContent('Close the selected alert');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitForDialogsClosed();

    first!.focus();
    await user.keyboard('{Enter}');
    await waitFor(
      () => expect(router.state.location.pathname).toBe(paths.alert(first!.dataset.alertId!)),
      T,
    );
  });

  it('coming back from an alert restores the place in the list', async () => {
    const { user, router } = await renderRoute(paths.alerts, {
      scenario: 'active-attack',
      as: analyst,
    });
    await list('Open alerts');
    const scroll = screen.getByTestId('alert-scroll');
    scroll.scrollTop = 432;
    scroll.dispatchEvent(new Event('scroll'));
    await user.keyboard('j');
    const selected = await waitFor(() => {
      const card = document.activeElement as HTMLElement;
      expect(card.dataset.alertId).toBeDefined();
      return card.dataset.alertId!;
    }, T);
    await user.keyboard('{Enter}');
    await screen.findByRole('link', { name: 'Back to security alerts' }, T);
    await user.click(screen.getByRole('link', { name: 'Back to security alerts' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.alerts), T);
    await list('Open alerts');
    await waitFor(() => expect(screen.getByTestId('alert-scroll').scrollTop).toBe(432), T);
    expect(document.querySelector(`[data-alert-id="${selected}"]`)).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('announces alerts raised while it is open, and shows them on request', async () => {
    const { user, queryClient } = await renderRoute(paths.alerts, {
      scenario: 'active-attack',
      as: analyst,
    });
    const open = await list('Open alerts');
    const firstTitle = within(cards(open)[0]!).getByRole('heading').textContent;
    givenTimePasses(30);
    await queryClient.refetchQueries({ queryKey: ['alerts', 'new'] });
    const show = await screen.findByRole('button', { name: 'Show 1 new alert' }, T);
    expect(show.closest('[role="status"]')).toHaveTextContent('1 new alert');
    // Nothing moved: the same alert is still on top.
    expect(within(cards(open)[0]!).getByRole('heading')).toHaveTextContent(firstTitle!);
    await user.click(show);
    await waitFor(
      () =>
        expect(within(cards(open)[0]!).getByRole('heading')).toHaveTextContent(
          /Golden Ticket usage \(nonexistent account\)/,
        ),
      T,
    );
  });
});
