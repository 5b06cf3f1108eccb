import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn } from 'storybook/test';
import { DonutChart } from './DonutChart.tsx';

const meta = {
  title: 'Analytics/DonutChart',
  component: DonutChart,
  args: {
    title: 'Eingänge nach Kanal',
    description: 'März 2025',
    categoryLabel: 'Kanal',
    data: [
      { key: 'mail', label: 'E-Mail', value: 612 },
      { key: 'chat', label: 'Chat', value: 248 },
      { key: 'phone', label: 'Telefon', value: 131 },
      { key: 'form', label: 'Kontaktformular', value: 87 },
    ],
  },
  decorators: [(Story) => <div style={{ maxWidth: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof DonutChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Channels: Story = {};

export const TwoSlices: Story = {
  args: {
    title: 'SLA eingehalten',
    categoryLabel: 'Ergebnis',
    data: [
      { key: 'met', label: 'Eingehalten', value: 964 },
      { key: 'breached', label: 'Verletzt', value: 36 },
    ],
  },
};

/** The table button shows the data to everyone, by keyboard. */
export const TableShown: Story = {
  play: async ({ canvas, userEvent }) => {
    canvas.getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Loading: Story = { args: { loading: true } };
export const Empty: Story = { args: { data: [] } };
export const Failed: Story = {
  args: { error: 'Die Auswertung ist gerade nicht erreichbar.', onRetry: fn() },
};
export const Dark: Story = { globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: {
    title: 'Verteilung der Kundenanfragen nach Eingangskanal im ersten Quartal',
    data: [
      { key: 'mail', label: 'Elektronische Post (E-Mail)', value: 1612 },
      { key: 'chat', label: 'Live-Chat auf der Website', value: 748 },
      { key: 'phone', label: 'Telefonische Kundenbetreuung', value: 331 },
    ],
  },
};
