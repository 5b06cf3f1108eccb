import { HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { ticketStatuses } from '../../domain.ts';
import { StatusBadge } from './StatusBadge.tsx';

const meta = {
  title: 'Status/StatusBadge',
  component: StatusBadge,
  args: { status: 'IN_PROGRESS' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InProgress: Story = {};

export const AllStatuses: Story = {
  render: (args) => (
    <HStack wrap="wrap">
      {ticketStatuses.map((status) => (
        <StatusBadge key={status} {...args} status={status} />
      ))}
    </HStack>
  ),
};

export const Medium: Story = { ...AllStatuses, args: { size: 'md' } };

export const Dark: Story = { ...AllStatuses, globals: { colorMode: 'dark' } };
