import { HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { ticketPriorities } from '../../domain.ts';
import { PriorityBadge } from './PriorityBadge.tsx';

const meta = {
  title: 'Status/PriorityBadge',
  component: PriorityBadge,
  args: { priority: 'HIGH' },
} satisfies Meta<typeof PriorityBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const High: Story = {};

export const AllPriorities: Story = {
  render: (args) => (
    <HStack>
      {ticketPriorities.map((priority) => (
        <PriorityBadge key={priority} {...args} priority={priority} />
      ))}
    </HStack>
  ),
};

export const Medium: Story = { args: { size: 'md', priority: 'URGENT' } };

export const Dark: Story = { ...AllPriorities, globals: { colorMode: 'dark' } };
