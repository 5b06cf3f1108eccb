import { HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { ComplianceGauge } from './ComplianceGauge.tsx';

const meta = {
  title: 'Analytics/ComplianceGauge',
  component: ComplianceGauge,
  args: { value: 0.964, target: 0.95, met: 964, total: 1000 },
} satisfies Meta<typeof ComplianceGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OnTarget: Story = {};
export const JustBelowTarget: Story = { args: { value: 0.938, met: 938 } };
export const WellBelowTarget: Story = { args: { value: 0.71, met: 710 } };
export const Perfect: Story = { args: { value: 1, met: 1000 } };
export const NoTickets: Story = { args: { value: 0, met: 0, total: 0 } };
export const WithoutCounts: Story = { args: { met: undefined, total: undefined } };

export const AllStates: Story = {
  render: () => (
    <HStack gap="3" align="stretch" wrap="wrap">
      <ComplianceGauge value={0.964} target={0.95} met={964} total={1000} />
      <ComplianceGauge value={0.938} target={0.95} met={938} total={1000} />
      <ComplianceGauge value={0.71} target={0.95} met={710} total={1000} />
    </HStack>
  ),
};

export const Dark: Story = { ...AllStates, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: { label: 'Einhaltung der Erstreaktionszeit für dringende Kundenanfragen', value: 0.9, target: 0.98 },
};
