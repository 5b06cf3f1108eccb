import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn } from 'storybook/test';
import { ErrorState } from './ErrorState.tsx';

const meta = {
  title: 'Feedback/ErrorState',
  component: ErrorState,
  args: {
    description: 'Die Tickets konnten nicht geladen werden. Ihre Eingaben sind nicht verloren.',
    onRetry: fn(),
  },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithRetry: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const WithDetails: Story = {
  args: { details: 'NETWORK_ERROR · request 7f3c9a2e · 2025-03-10 09:00:12 UTC' },
};

export const WithoutRetry: Story = { args: { onRetry: undefined, title: 'Kein Zugriff auf diese Marke' } };

export const LongGermanText: Story = {
  args: {
    title: 'Die Verbindung zum Server wurde während der Verarbeitung Ihrer Anfrage unerwartet unterbrochen',
    description:
      'Bitte überprüfen Sie Ihre Internetverbindung. Falls das Problem weiterhin besteht, wenden Sie sich an die Administratorin oder den Administrator Ihrer Organisation.',
  },
};

export const Dark: Story = { ...WithDetails, globals: { colorMode: 'dark' } };
