import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { demoEntity } from '../../../../mocks/testing/demo-entities';

const T = { timeout: 15_000 };

async function searchBox() {
  return screen.findByRole('combobox', { name: 'Search users, computers and groups' }, T);
}

describe('header search', () => {
  it('/ focuses the box; typing lists matches and the total; arrows and Enter open a profile', async () => {
    const { user, router } = await renderRoute(paths.home);
    const box = await searchBox();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    await user.keyboard('Ron Har');
    const listbox = screen.getByRole('listbox', { name: 'Search suggestions' });
    const option = await within(listbox).findByRole('option', { name: /Ron Harper/ }, T);
    await waitFor(() => expect(within(listbox).getAllByRole('option')[0]).toBe(option));
    expect(within(listbox).getAllByRole('option').at(-1)).toHaveTextContent(
      /^See all \d+ results?$/,
    );
    expect(box).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`${paths.user(demoEntity('ron'))}/activities`),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ron Harper' }, T),
    ).toBeInTheDocument();
  });

  it('Enter on the count line opens the results page; Escape closes, then clears', async () => {
    const { user, router } = await renderRoute(paths.home);
    const box = await searchBox();
    await user.click(box);
    await user.keyboard('exch');
    const listbox = screen.getByRole('listbox', { name: 'Search suggestions' });
    await within(listbox).findByRole('option', { name: /EXCH01/ }, T);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('exch');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');

    await user.keyboard('exch');
    await within(listbox).findByRole('option', { name: /EXCH01/ }, T);
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.search));
    expect(router.state.location.search).toBe('?q=exch');
  });

  it('does not take / from someone typing in a field', async () => {
    const { user } = await renderRoute(paths.home);
    const box = await searchBox();
    await user.click(box);
    await user.keyboard('a/b');
    expect(box).toHaveValue('a/b');
  });
});
