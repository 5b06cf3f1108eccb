import { HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import type { Entity } from '../../domain.ts';
import { EntityBadge } from './EntityBadge.tsx';

export const kidsAscension: Entity = { code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' };
export const ozeanLicht: Entity = { code: 'ozean_licht', prefix: 'OL', name: 'Ozean Licht' };
const laterEntities: Entity[] = [
  { code: 'lern_werkstatt', prefix: 'LW', name: 'Lernwerkstatt' },
  { code: 'nordlicht_akademie', prefix: 'NA', name: 'Nordlicht Akademie' },
  { code: 'sternwarte', prefix: 'SW', name: 'Sternwarte' },
];

const meta = {
  title: 'Status/EntityBadge',
  component: EntityBadge,
  args: { entity: kidsAscension },
  excludeStories: ['kidsAscension', 'ozeanLicht'],
} satisfies Meta<typeof EntityBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KidsAscension: Story = {};
export const OzeanLicht: Story = { args: { entity: ozeanLicht } };

/** Brands added after launch get a tone derived from their code; no code change needed. */
export const AllEntities: Story = {
  render: (args) => (
    <HStack>
      {[kidsAscension, ozeanLicht, ...laterEntities].map((entity) => (
        <EntityBadge key={entity.code} {...args} entity={entity} />
      ))}
    </HStack>
  ),
};

export const Medium: Story = { ...AllEntities, args: { size: 'md' } };
export const Dark: Story = { ...AllEntities, globals: { colorMode: 'dark' } };
