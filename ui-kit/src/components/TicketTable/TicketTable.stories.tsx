import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { FrozenClock } from '../../clock/use-now.tsx';
import { TicketTable } from './TicketTable.tsx';
import { sampleNow, sampleTickets } from './sample-tickets.ts';

const fiftyTickets = sampleTickets(50);
const tenThousandTickets = sampleTickets(10_000);

const meta = {
  title: 'Tickets/TicketTable',
  component: TicketTable,
  decorators: [
    (Story) => (
      <FrozenClock at={sampleNow}>
        <Story />
      </FrozenClock>
    ),
  ],
  args: {
    tickets: fiftyTickets,
    onOpen: fn(),
    onSelectionChange: fn(),
    bulkActions: [
      { id: 'assign-me', label: 'Mir zuweisen', run: fn() },
      { id: 'close', label: 'Schließen', run: fn() },
    ],
    height: '24rem',
  },
} satisfies Meta<typeof TicketTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const SortedByPriority: Story = { args: { initialSorting: [{ id: 'priority', desc: true }] } };

export const FewColumns: Story = {
  args: { initialColumnVisibility: { entity: false, updatedAt: false, sla: false } },
};

/** 10,000 tickets: only the rows in view are in the DOM; the browser measurement sorts this story. */
export const TenThousandRows: Story = { args: { tickets: tenThousandTickets } };

export const Loading: Story = { args: { tickets: [], loading: true } };
export const Empty: Story = { args: { tickets: [] } };
export const LoadFailed: Story = {
  args: {
    tickets: [],
    error: 'Die Tickets konnten nicht geladen werden (Zeitüberschreitung).',
    onRetry: fn(),
  },
};

export const LongGermanText: Story = {
  args: {
    tickets: fiftyTickets.slice(0, 5).map((ticket) => ({
      ...ticket,
      title:
        'Rückerstattungsanspruch wegen doppelter Lastschrifteinzugsermächtigung bei Jahresabonnementverlängerung',
      assignee: { id: 'x', name: 'Maximiliane Großkopf-Schwarzenberger', presence: 'busy' as const },
    })),
  },
};

export const Dark: Story = { globals: { colorMode: 'dark' } };

/** Keyboard only: sort by subject, move into the rows, select two with Space, run a bulk action. */
export const KeyboardBulkAction: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    const selectAll = within(grid).getAllByRole('checkbox')[0];
    selectAll?.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(within(grid).getAllByRole('columnheader')[2]?.querySelector('button')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(grid).getAllByRole('columnheader')[2]).toHaveAttribute('aria-sort', 'ascending'),
    );
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowDown}');
    const firstRow = () => within(grid).getAllByRole('row')[1] as HTMLElement;
    await waitFor(() => expect(within(firstRow()).getByRole('checkbox')).toHaveFocus());
    await userEvent.keyboard(' ');
    await waitFor(() => expect(firstRow()).toHaveAttribute('aria-selected', 'true'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '2:0'));
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/2/));
    await userEvent.click(canvas.getByRole('button', { name: 'Mir zuweisen' }));
    await expect(args.bulkActions?.[0]?.run).toHaveBeenCalledWith(
      expect.arrayContaining([expect.any(String)]),
    );
  },
};
