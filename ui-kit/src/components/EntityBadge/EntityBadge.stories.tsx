import { HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import type { Entity } from '../../domain.ts';
import { EntityBadge } from './EntityBadge.tsx';

export const kidsAscension: Entity = { slug: 'kids_ascension', code: 'KA', name: 'Kids Ascension' };
export const ozeanLicht: Entity = { slug: 'ozean_licht', code: 'OL', name: 'Ozean Licht' };
const laterEntities: Entity[] = [
  { slug: 'lern_werkstatt', code: 'LW', name: 'Lernwerkstatt' },
  { slug: 'nordlicht_akademie', code: 'NA', name: 'Nordlicht Akademie' },
  { slug: 'sternwarte', code: 'SW', name: 'Sternwarte' },
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

/** Brands added after launch get a tone derived from their slug; no code change needed. */
export const AllEntities: Story = {
  render: (args) => (
    <HStack>
      {[kidsAscension, ozeanLicht, ...laterEntities].map((entity) => (
        <EntityBadge key={entity.slug} {...args} entity={entity} />
      ))}
    </HStack>
  ),
};

export const Medium: Story = { ...AllEntities, args: { size: 'md' } };
export const Dark: Story = { ...AllEntities, globals: { colorMode: 'dark' } };
