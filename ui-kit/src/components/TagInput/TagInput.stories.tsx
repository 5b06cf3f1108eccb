import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor } from 'storybook/test';
import { controlled } from '../../../.storybook/controlled.tsx';
import { TagInput } from './TagInput.tsx';

export const tagSuggestions = ['vip', 'rückruf', 'erstattung', 'app', 'kündigung', 'rechnung', 'zertifikat'];

const meta = {
  title: 'Tickets/TagInput',
  component: TagInput,
  render: controlled(TagInput),
  excludeStories: ['tagSuggestions'],
  args: { value: ['vip', 'rückruf'], onChange: fn(), suggestions: tagSuggestions },
  decorators: [(Story) => <div style={{ maxWidth: '28rem', minHeight: '16rem' }}>{Story()}</div>],
} satisfies Meta<typeof TagInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Empty: Story = { args: { value: [] } };

export const WithoutSuggestions: Story = { args: { suggestions: undefined } };

/** Keyboard only: type and Enter, type a comma, then Backspace in the empty field takes the last tag back. */
export const KeyboardOnly: Story = {
  args: { value: [] },
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByRole('combobox');
    await userEvent.click(field);
    await userEvent.keyboard('  Neukunde {Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith(['neukunde']);
    await userEvent.keyboard('App,');
    await expect(args.onChange).toHaveBeenLastCalledWith(['neukunde', 'app']);
    await userEvent.keyboard('{Backspace}');
    await expect(args.onChange).toHaveBeenLastCalledWith(['neukunde']);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
  },
};

/** ↓ opens the suggestions that match what is typed; Enter picks the active one. */
export const PickSuggestion: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByRole('combobox');
    await userEvent.click(field);
    await userEvent.keyboard('ng');
    await waitFor(() => expect(canvas.getByRole('listbox')).toBeVisible());
    await expect(canvas.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'erstattung',
      'kündigung',
      'rechnung',
    ]);
    await userEvent.keyboard('{ArrowDown}');
    await expect(field).toHaveAttribute('aria-activedescendant', canvas.getAllByRole('option')[1]?.id);
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith(['vip', 'rückruf', 'kündigung']);
  },
};

/** Suggestions open as the agent types; how the list looks. */
export const SuggestionsOpen: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('combobox'), 'r');
    await waitFor(() => expect(canvas.getByRole('listbox')).toBeVisible());
  },
};

/** A tag over the length limit is refused with a message and stays in the field to be shortened. */
export const TooLong: Story = {
  args: { value: [], maxLength: 12 },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('combobox'), 'Lastschriftrückgabe{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/12/);
    await expect(canvas.getByRole('combobox')).toHaveValue('Lastschriftrückgabe');
    await expect(canvas.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** At the most tags allowed, one more is refused with a message. */
export const LimitReached: Story = {
  args: { value: ['vip', 'app', 'rückruf'], maxTags: 3 },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('combobox'), 'rechnung,');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/3/);
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const LongGermanText: Story = {
  args: {
    label: 'Schlagwörter für die Weiterleitung an die Fachabteilung',
    value: [
      'datenschutzgrundverordnung',
      'lastschriftrückgabe',
      'jahresabonnementverlängerung',
      'kundenzufriedenheitsumfrage',
    ],
  },
};

export const Dark: Story = { ...SuggestionsOpen, globals: { colorMode: 'dark' } };
