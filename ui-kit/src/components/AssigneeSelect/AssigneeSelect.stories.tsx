import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { controlled, openPicker } from '../../../.storybook/controlled.tsx';
import type { Agent } from '../../domain.ts';
import { sampleAgents } from '../TicketTable/sample-tickets.ts';
import { AssigneeSelect } from './AssigneeSelect.tsx';

const teams = ['Abrechnung', 'Technik', 'Abrechnung', undefined];

/** The sample agents with their teams. */
export const teamAgents: Agent[] = sampleAgents.map((agent, index) => ({ ...agent, team: teams[index] }));

const meta = {
  title: 'Tickets/AssigneeSelect',
  component: AssigneeSelect,
  render: controlled(AssigneeSelect),
  excludeStories: ['teamAgents'],
  args: { agents: teamAgents, value: 'a1', onChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: '20rem', minHeight: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof AssigneeSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Unassigned: Story = { args: { value: null } };

export const NothingChosen: Story = { args: { value: undefined } };

/** Presence, team and workload of every agent; the current one checked. */
export const Open: Story = { play: openPicker };

/** Keyboard only: ↓ opens, typing searches names and teams, Enter picks the first match. */
export const KeyboardSelection: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await openPicker(context);
    await userEvent.keyboard('technik');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith('a2');
    await waitFor(() => expect(canvas.getByRole('button')).toHaveFocus());
    await expect(canvas.getByRole('button')).toHaveTextContent('Jonas Weber');
  },
};

export const NoAgents: Story = { args: { agents: [], value: undefined }, play: openPicker };

export const Loading: Story = { args: { loading: true }, play: openPicker };

export const LoadFailed: Story = { args: { error: true, onRetry: fn() }, play: openPicker };

export const LongGermanText: Story = {
  args: {
    label: 'Verantwortliche Bearbeiter:in für die Eskalation',
    value: 'x1',
    agents: [
      {
        id: 'x1',
        name: 'Maximiliane Großkopf-Schwarzenberger-Lindenthal',
        presence: 'busy',
        openTickets: 1284,
        team: 'Zahlungsverkehr und Lastschriftrückgaben',
      },
      ...teamAgents,
    ],
  },
  play: openPicker,
};

export const Dark: Story = { play: openPicker, globals: { colorMode: 'dark' } };
