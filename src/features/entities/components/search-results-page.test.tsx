import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';

const T = { timeout: 15_000 };

describe('search results page', () => {
  it('shows the query, the count, filters with counts in the URL, and hits as profile links', async () => {
    const { user, router } = await renderRoute(`${paths.search}?q=exch`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Search results for “exch”' }, T),
    ).toBeInTheDocument();
    const filters = screen.getByRole('navigation', { name: 'Filter results' });
    const all = within(filters).getByRole('link', { name: /^All/ });
    expect(all).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByRole('list', { name: 'Search results for exch' }, T);
    expect(within(list).getByRole('link', { name: 'EXCH01' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/computers\//),
    );

    await user.click(within(filters).getByRole('link', { name: /^Groups/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=exch&filter=Groups'));
    expect(within(filters).getByRole('link', { name: /^Groups/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const groups = await screen.findByRole('list', { name: 'Search results for exch' }, T);
    await within(groups).findByRole('link', { name: 'Microsoft Exchange Servers' }, T);
    expect(within(groups).queryByRole('link', { name: 'EXCH01' })).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    await renderRoute(`${paths.search}?q=qqqqzzzz`);
    expect(await screen.findByRole('heading', { name: 'No results match' }, T)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 results');
  });

  it('hostile names render as text', async () => {
    await renderRoute(`${paths.search}?q=${encodeURIComponent('<img')}`);
    const list = await screen.findByRole('list', { name: 'Search results for <img' }, T);
    expect(
      within(list).getByRole('link', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
