import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { controlled, openPicker } from '../../../.storybook/controlled.tsx';
import type { Category } from '../../domain.ts';
import { CategorySelect } from './CategorySelect.tsx';

export const sampleCategories: Category[] = [
  {
    id: 'account',
    name: 'Konto',
    children: [
      { id: 'account-login', name: 'Anmeldung' },
      { id: 'account-security', name: 'Sicherheit' },
      {
        id: 'account-privacy',
        name: 'Datenschutz',
        children: [
          { id: 'account-privacy-access', name: 'Auskunft' },
          { id: 'account-privacy-deletion', name: 'Löschung' },
        ],
      },
    ],
  },
  {
    id: 'billing',
    name: 'Abrechnung',
    children: [
      { id: 'billing-invoices', name: 'Rechnungen' },
      { id: 'billing-refunds', name: 'Erstattungen' },
      { id: 'billing-methods', name: 'Zahlungsarten' },
    ],
  },
  {
    id: 'tech',
    name: 'Technik',
    children: [
      { id: 'tech-app', name: 'App' },
      { id: 'tech-video', name: 'Video' },
    ],
  },
  { id: 'content', name: 'Inhalte' },
];

const meta = {
  title: 'Tickets/CategorySelect',
  component: CategorySelect,
  render: controlled(CategorySelect),
  excludeStories: ['sampleCategories'],
  args: { categories: sampleCategories, value: 'billing-refunds', onChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: '20rem', minHeight: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof CategorySelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const NothingChosen: Story = { args: { value: undefined } };

export const WithNoCategory: Story = { args: { value: null, allowNone: true } };

/** The panel open on the current value: the tree indented, the current category checked. */
export const Open: Story = { play: openPicker };

/** Keyboard only: ↓ opens, typing searches the paths, ↓ moves, Enter picks and focus returns to the field. */
export const KeyboardSelection: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await openPicker(context);
    await userEvent.keyboard('konto');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(6));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith('account-security');
    await waitFor(() => expect(canvas.getByRole('button')).toHaveFocus());
    await expect(canvas.getByRole('button')).toHaveTextContent('Konto › Sicherheit');
  },
};

export const Empty: Story = { args: { categories: [], value: undefined }, play: openPicker };

export const Loading: Story = { args: { loading: true }, play: openPicker };

export const LoadFailed: Story = { args: { error: true, onRetry: fn() }, play: openPicker };

export const LongGermanText: Story = {
  args: {
    label: 'Kategorie für die Weiterleitung an die Fachabteilung',
    value: 'deep',
    categories: [
      {
        id: 'privacy',
        name: 'Datenschutzgrundverordnungsangelegenheiten',
        children: [
          {
            id: 'requests',
            name: 'Auskunftsersuchen nach Artikel fünfzehn',
            children: [{ id: 'deep', name: 'Kundenkontenlöschung einschließlich Bestellhistorie' }],
          },
        ],
      },
    ],
  },
};

export const Dark: Story = { play: openPicker, globals: { colorMode: 'dark' } };
