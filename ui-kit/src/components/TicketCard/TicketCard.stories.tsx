import { SimpleGrid } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn } from 'storybook/test';
import { FrozenClock } from '../../clock/use-now.tsx';
import { sampleNow, sampleTickets } from '../TicketTable/sample-tickets.ts';
import { TicketCard } from './TicketCard.tsx';

const [first, second, third] = sampleTickets(3, 7);
const ticket = { ...first!, tags: ['vip', 'rückruf'] };

const meta = {
  title: 'Tickets/TicketCard',
  component: TicketCard,
  decorators: [
    (Story) => (
      <FrozenClock at={sampleNow}>
        <Story />
      </FrozenClock>
    ),
  ],
  args: { ticket, onOpen: fn() },
} satisfies Meta<typeof TicketCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Selected: Story = { args: { selected: true } };
export const Unassigned: Story = { args: { ticket: { ...ticket, assignee: null, status: 'NEW', tags: [] } } };
export const WithoutSla: Story = { args: { ticket: { ...ticket, sla: null, status: 'RESOLVED' } } };
export const LongGermanText: Story = {
  args: {
    ticket: {
      ...ticket,
      title:
        'Rückerstattungsanspruch wegen doppelter Lastschrifteinzugsermächtigung bei der Jahresabonnementverlängerung',
      requester: 'Friederike von Hohenzollern-Sigmaringen',
      assignee: { id: 'x', name: 'Maximiliane Großkopf-Schwarzenberger', presence: 'away' },
      tags: ['datenschutzgrundverordnung', 'buchhaltungsabteilung'],
    },
  },
};
export const Board: Story = {
  render: (args) => (
    <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
      {[ticket, second!, third!].map((each) => (
        <TicketCard key={each.id} {...args} ticket={each} />
      ))}
    </SimpleGrid>
  ),
};
export const Dark: Story = { ...Board, globals: { colorMode: 'dark' } };

/** The card is one tab stop; Enter opens the ticket. */
export const OpenByKeyboard: Story = {
  play: async ({ args, userEvent }) => {
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpen).toHaveBeenCalledWith(args.ticket);
  },
};
