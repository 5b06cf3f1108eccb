import { Stack } from '@chakra-ui/react';
import type { Decorator, Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { FrozenClock } from '../../clock/use-now.tsx';
import { SLATimer } from './SLATimer.tsx';
import type { SLATimerProps } from './SLATimer.tsx';

// Stories freeze time so screenshots are stable; only `Live` runs on the real shared clock.
const now = new Date('2025-03-10T09:00:00Z');
const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

const frozenUnlessLive: Decorator = (Story, { parameters }) =>
  parameters['liveClock'] ? (
    <Story />
  ) : (
    <FrozenClock at={now}>
      <Story />
    </FrozenClock>
  );

const meta = {
  title: 'Status/SLATimer',
  component: SLATimer,
  decorators: [frozenUnlessLive],
  args: { dueAt: inMinutes(135) },
} satisfies Meta<typeof SLATimer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ok: Story = {};
export const AtRisk: Story = { args: { dueAt: inMinutes(12) } };
export const Breached: Story = { args: { dueAt: inMinutes(-65) } };
export const Paused: Story = { args: { dueAt: inMinutes(240), pausedAt: inMinutes(-30) } };
export const Met: Story = { args: { dueAt: inMinutes(60), metAt: inMinutes(-10) } };
export const LastMinute: Story = {
  args: { dueAt: new Date(now.getTime() + 42_000).toISOString(), size: 'md' },
};
export const Days: Story = { args: { dueAt: inMinutes(3 * 24 * 60 + 150) } };

export const AllStates: Story = {
  render: () => (
    <Stack align="start" gap="2">
      <SLATimer dueAt={inMinutes(135)} />
      <SLATimer dueAt={inMinutes(12)} />
      <SLATimer dueAt={inMinutes(-65)} />
      <SLATimer dueAt={inMinutes(240)} pausedAt={inMinutes(-30)} />
      <SLATimer dueAt={inMinutes(60)} metAt={inMinutes(-10)} />
    </Stack>
  ),
};

export const Dark: Story = { ...AllStates, globals: { colorMode: 'dark' } };

function FiveMinutesFromOpening(args: SLATimerProps) {
  const [dueAt] = useState(() => Date.now() + 5 * 60_000);
  return <SLATimer {...args} dueAt={dueAt} />;
}

/** Counts down on the page's shared clock: due five minutes after the story opens. */
export const Live: Story = { parameters: { liveClock: true }, render: FiveMinutesFromOpening };
