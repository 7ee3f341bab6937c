import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DonutChart } from './donut-chart';

const data = [
  { key: 'a', label: 'Up to date', value: 7, color: 'green' },
  { key: 'b', label: 'Disconnected', value: 2, color: 'red' },
  { key: 'c', label: 'Syncing', value: 0, color: 'blue' },
];

describe('DonutChart', () => {
  it('gives the same numbers as a table and keeps the chart itself out of the tab order', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <DonutChart title="Sensors by status" data={data} centerValue={9} centerLabel="sensors" />
      </FluentProvider>,
    );
    const table = screen.getByRole('table', { name: 'Sensors by status' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Up to date7', 'Disconnected2']);
    const hidden = container.querySelector('[aria-hidden="true"]');
    expect(hidden).not.toBeNull();
    const focusable =
      hidden?.querySelectorAll('[tabindex]:not([tabindex="-1"]), a, button, input') ?? [];
    expect(focusable).toHaveLength(0);
  });

  it('says so when there is nothing to show', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <DonutChart title="Sensors by status" data={[]} />
      </FluentProvider>,
    );
    expect(screen.getByRole('table', { name: 'Sensors by status' })).toHaveTextContent('None yet');
  });
});
