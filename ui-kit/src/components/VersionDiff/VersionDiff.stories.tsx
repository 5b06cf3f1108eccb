import type { Meta, StoryObj } from '@storybook/react';
import { expect } from 'storybook/test';
import { VersionDiff } from './VersionDiff.tsx';

const version3 = [
  'Über „Passwort vergessen“ auf der Anmeldeseite erhalten Kunden einen Link.',
  'Der Link gilt 12 Stunden.',
  'Kommt keine E-Mail an, bitte den Spam-Ordner prüfen.',
].join('\n');

const version4 = [
  'Über „Passwort vergessen“ auf der Anmeldeseite erhalten Kundinnen und Kunden einen Link.',
  'Der Link gilt 24 Stunden.',
  'Kommt keine E-Mail an, bitte den Spam-Ordner prüfen.',
  'Danach hilft der Support unter hilfe@example.org.',
].join('\n');

const meta = {
  title: 'Knowledge/VersionDiff',
  component: VersionDiff,
  args: { before: version3, after: version4, fromLabel: 'Version 3', toLabel: 'Version 4' },
} satisfies Meta<typeof VersionDiff>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ByWords: Story = {};

export const ByLines: Story = { args: { defaultGranularity: 'lines' } };

export const Unchanged: Story = { args: { after: version3 } };

/** Switches to lines by keyboard: the toggle says which view is on. */
export const SwitchGranularity: Story = {
  play: async ({ canvas, userEvent }) => {
    const [words, lines] = canvas.getAllByRole('button');
    await expect(words).toHaveAttribute('aria-pressed', 'true');
    lines?.focus();
    await userEvent.keyboard('{Enter}');
    await expect(lines).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(6);
  },
};

export const Dark: Story = { globals: { colorMode: 'dark' } };
export const DarkByLines: Story = { globals: { colorMode: 'dark' }, args: { defaultGranularity: 'lines' } };

export const LongGermanText: Story = {
  args: {
    fromLabel: 'Version 12 vom 3. Februar (Maximiliane Großkopf-Schwarzenberger)',
    toLabel: 'Version 13 vom 4. März (Redaktionsteam Kundenkommunikation)',
    before:
      'Die Datenschutzgrundverordnungskonforme Löschung erfolgt nach Ablauf der gesetzlichen Aufbewahrungsfristen.',
    after:
      'Die datenschutzgrundverordnungskonforme Löschung erfolgt unverzüglich nach Ablauf sämtlicher gesetzlicher Aufbewahrungsfristen für Rechnungsunterlagen.',
  },
};
