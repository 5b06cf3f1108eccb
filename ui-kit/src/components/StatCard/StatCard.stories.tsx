import { SimpleGrid } from '@chakra-ui/react';
import type { Decorator, Meta, StoryObj } from '@storybook/react';
import { StatCard } from './StatCard.tsx';

// One card is about as wide as in a four-column dashboard; stories can widen the frame with `maxWidth`.
const framed: Decorator = (Story, { parameters }) => (
  <div style={{ maxWidth: (parameters['maxWidth'] as string | undefined) ?? '20rem' }}>
    <Story />
  </div>
);

const meta = {
  title: 'Analytics/StatCard',
  component: StatCard,
  args: {
    label: 'Gelöste Tickets',
    value: 1284,
    previous: 1146,
    comparisonLabel: 'Vorwoche',
    trend: [980, 1040, 1010, 1120, 1146, 1190, 1284],
  },
  decorators: [framed],
} satisfies Meta<typeof StatCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Improving: Story = {};

/** Response time went up: bad, so the change is red — and says "up" in words and arrow. */
export const Worsening: Story = {
  args: {
    label: 'Erste Antwortzeit (Median)',
    value: 47,
    previous: 38,
    format: { style: 'unit', unit: 'minute', unitDisplay: 'short' },
    goodDirection: 'down',
    trend: [35, 41, 38, 39, 44, 52, 47],
  },
};

export const Unchanged: Story = { args: { value: 1146, trend: [1146, 1146, 1146] } };

export const NeutralVolume: Story = {
  args: { label: 'Neue Tickets', value: 3120, previous: 2890, goodDirection: 'neutral', trend: undefined },
};

export const WithoutComparison: Story = { args: { previous: undefined, comparisonLabel: undefined } };

export const Loading: Story = { args: { loading: true } };

export const Dashboard: Story = {
  parameters: { maxWidth: '64rem' },
  render: () => (
    <SimpleGrid columns={{ base: 1, sm: 2, lg: 4 }} gap="3">
      <StatCard
        label="Gelöste Tickets"
        value={1284}
        previous={1146}
        comparisonLabel="Vorwoche"
        trend={[980, 1040, 1010, 1120, 1146, 1190, 1284]}
      />
      <StatCard
        label="Erste Antwortzeit"
        value={47}
        previous={38}
        format={{ style: 'unit', unit: 'minute', unitDisplay: 'short' }}
        goodDirection="down"
        comparisonLabel="Vorwoche"
        trend={[35, 41, 38, 39, 44, 52, 47]}
      />
      <StatCard
        label="SLA eingehalten"
        value={0.964}
        previous={0.951}
        format={{ style: 'percent', maximumFractionDigits: 1 }}
        comparisonLabel="Vorwoche"
        trend={[0.93, 0.94, 0.951, 0.955, 0.96, 0.964]}
      />
      <StatCard
        label="Offene Tickets"
        value={312}
        previous={312}
        goodDirection="down"
        comparisonLabel="Vorwoche"
      />
    </SimpleGrid>
  ),
};

export const Dark: Story = { ...Dashboard, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: {
    label: 'Durchschnittliche Bearbeitungszeit bis zur endgültigen Lösung',
    value: 1934,
    previous: 2210,
    format: { style: 'unit', unit: 'minute', unitDisplay: 'long' },
    goodDirection: 'down',
    comparisonLabel: 'gleicher Zeitraum des Vorjahresquartals',
  },
};
