import type { Meta, StoryObj } from '@storybook/react';
import { expect, fireEvent, fn, screen, waitFor, within } from 'storybook/test';
import { controlled } from '../../../.storybook/controlled.tsx';
import { emptyTicketFilter } from '../../domain.ts';
import { teamAgents } from '../AssigneeSelect/AssigneeSelect.stories.tsx';
import { sampleCategories } from '../CategorySelect/CategorySelect.stories.tsx';
import { tagSuggestions } from '../TagInput/TagInput.stories.tsx';
import { sampleEntities } from '../TicketTable/sample-tickets.ts';
import { FilterBar } from './FilterBar.tsx';

const meta = {
  title: 'Tickets/FilterBar',
  component: FilterBar,
  render: controlled(FilterBar),
  args: {
    value: emptyTicketFilter,
    onChange: fn(),
    entities: sampleEntities,
    agents: teamAgents,
    categories: sampleCategories,
    tagSuggestions,
  },
  decorators: [(Story) => <div style={{ minHeight: '26rem' }}>{Story()}</div>],
} satisfies Meta<typeof FilterBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No filter yet: every field says "All", no chips. */
export const Empty: Story = {};

/** A filter in use, with a brand the kit does not know ("sternwarte", from a saved filter). */
export const Active: Story = {
  args: {
    value: {
      statuses: ['NEW', 'WAITING'],
      priorities: ['URGENT'],
      entities: ['kids_ascension', 'sternwarte'],
      assignee: null,
      category: 'billing-refunds',
      tags: ['vip'],
      from: '2025-03-01',
      to: '2025-03-10',
    },
  },
};

/** Keyboard only: open Status, tick "Waiting" with Enter, close with Escape, then remove the chip again. */
export const KeyboardFiltering: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const status = canvas.getByRole('button', { name: /^Status / });
    status.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(within(menu).getAllByRole('menuitemcheckbox')[0]).toHaveAttribute('data-highlighted'),
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ statuses: ['WAITING'] }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(status).toHaveFocus());
    const chips = canvas.getByRole('list', { name: /Aktive Filter|Active filters/ });
    await userEvent.click(within(chips).getByRole('button'));
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ statuses: [] }));
    await waitFor(() => expect(status).toHaveFocus());
  },
};

/** A start date after the end date is refused with a message; the filter keeps its last valid range. */
export const InvalidDateRange: Story = {
  args: { value: { ...emptyTicketFilter, to: '2025-03-10' } },
  play: async ({ canvasElement, args }) => {
    const [from] = canvasElement.querySelectorAll<HTMLInputElement>('input[type="date"]');
    // Typing into a date field follows the browser's own date format; a change event sets it in any locale.
    fireEvent.change(from!, { target: { value: '2025-03-20' } });
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const LongGermanText: Story = {
  args: {
    entities: [
      ...sampleEntities,
      { code: 'nordlicht_akademie', prefix: 'NA', name: 'Nordlicht Akademie für Erwachsenenbildung' },
    ],
    agents: [
      { id: 'x1', name: 'Maximiliane Großkopf-Schwarzenberger', presence: 'busy', openTickets: 31 },
      ...teamAgents,
    ],
    value: {
      ...emptyTicketFilter,
      statuses: ['IN_PROGRESS'],
      entities: ['nordlicht_akademie'],
      assignee: 'x1',
      category: 'account-privacy-deletion',
      tags: ['datenschutzgrundverordnung', 'lastschriftrückgabe'],
    },
  },
};

export const Dark: Story = { ...Active, globals: { colorMode: 'dark' } };
