import { Stack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { presences } from '../../domain.ts';
import { UserChip } from './UserChip.tsx';

const meta = {
  title: 'Status/UserChip',
  component: UserChip,
  args: { name: 'Mara Lindqvist', presence: 'online' },
} satisfies Meta<typeof UserChip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Online: Story = {};
export const WithoutPresence: Story = { args: { name: 'Kund:in Jonas Weber', presence: undefined } };

export const AllPresences: Story = {
  render: (args) => (
    <Stack align="start">
      {presences.map((presence) => (
        <UserChip key={presence} {...args} presence={presence} />
      ))}
    </Stack>
  ),
};

export const Small: Story = { ...AllPresences, args: { size: 'sm' } };

/** Long names truncate inside narrow columns instead of breaking the row. */
export const LongGermanName: Story = {
  args: { name: 'Maximiliane Großkopf-Schwarzenberger-Lindenthal', presence: 'busy' },
  render: (args) => (
    <Stack maxW="48">
      <UserChip {...args} />
    </Stack>
  ),
};

export const Dark: Story = { ...AllPresences, globals: { colorMode: 'dark' } };
