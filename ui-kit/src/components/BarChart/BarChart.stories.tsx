import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn } from 'storybook/test';
import { BarChart } from './BarChart.tsx';

const meta = {
  title: 'Analytics/BarChart',
  component: BarChart,
  args: {
    title: 'Offene Tickets nach Kategorie',
    description: 'Stand heute, alle Marken',
    categoryLabel: 'Kategorie',
    series: [{ key: 'open', label: 'Offen' }],
    data: [
      { key: 'billing', label: 'Abrechnung', values: { open: 48 } },
      { key: 'login', label: 'Anmeldung', values: { open: 36 } },
      { key: 'shipping', label: 'Versand', values: { open: 27 } },
      { key: 'returns', label: 'Rücksendung', values: { open: 19 } },
      { key: 'other', label: 'Sonstiges', values: { open: 7 } },
    ],
  },
} satisfies Meta<typeof BarChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bars: Story = {};

export const Columns: Story = { args: { orientation: 'columns' } };

const perBrand = {
  title: 'Tickets nach Marke und Priorität',
  categoryLabel: 'Marke',
  series: [
    { key: 'low', label: 'Niedrig' },
    { key: 'high', label: 'Hoch' },
    { key: 'urgent', label: 'Dringend' },
  ],
  data: [
    { key: 'ka', label: 'Kids Ascension', values: { low: 40, high: 22, urgent: 5 } },
    { key: 'ol', label: 'Ozean Licht', values: { low: 31, high: 12, urgent: 2 } },
  ],
};

export const Grouped: Story = { args: perBrand };
export const Stacked: Story = { args: { ...perBrand, stacked: true } };

/** The table button shows the data to everyone, by keyboard. */
export const TableShown: Story = {
  play: async ({ canvas, userEvent }) => {
    canvas.getByRole('button').focus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Loading: Story = { args: { loading: true } };
export const Empty: Story = { args: { data: [] } };
export const Failed: Story = {
  args: { error: 'Die Auswertung ist gerade nicht erreichbar.', onRetry: fn() },
};
export const Dark: Story = { globals: { colorMode: 'dark' } };
export const DarkStacked: Story = { ...Stacked, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: {
    title: 'Unbearbeitete Kundenanfragen nach Themengebiet',
    data: [
      { key: 'gdpr', label: 'Datenschutzauskunftsersuchen', values: { open: 12 } },
      { key: 'refund', label: 'Rückerstattungsanträge', values: { open: 31 } },
      { key: 'subscription', label: 'Abonnementkündigungen', values: { open: 18 } },
    ],
  },
};
