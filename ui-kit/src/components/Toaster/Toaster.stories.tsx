import { Button, HStack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { expect, screen, waitFor } from 'storybook/test';
import { Toaster } from './Toaster.tsx';
import { toaster } from './toaster.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A toast fades in (in a real browser it starts at opacity 0): wait until it can be seen. */
const expectToastShown = async (title: string) => {
  const toast = await screen.findByText(title);
  await waitFor(() => expect(toast).toBeVisible());
};

/** Screens never render <Toaster>; they call `toaster.*` and LotseProvider shows the result. */
function ToastButtons() {
  return (
    <HStack wrap="wrap">
      <Button
        onClick={() =>
          toaster.success({
            title: 'Antwort gesendet',
            description: 'Ticket #4711 wartet jetzt auf die Kundin.',
          })
        }
      >
        Erfolg
      </Button>
      <Button
        variant="outline"
        onClick={() =>
          toaster.error({ title: 'Senden fehlgeschlagen', description: 'Keine Verbindung zum Server.' })
        }
      >
        Fehler
      </Button>
      <Button
        variant="outline"
        onClick={() =>
          toaster.promise(wait(1500), {
            loading: { title: 'Tickets werden zusammengeführt …' },
            success: { title: '3 Tickets zusammengeführt' },
            error: { title: 'Zusammenführen fehlgeschlagen' },
          })
        }
      >
        Mit Fortschritt
      </Button>
    </HStack>
  );
}

const meta = {
  title: 'Feedback/Toaster',
  component: Toaster,
  render: ToastButtons,
  // Toasts stack up across stories otherwise; each story starts with none.
  beforeEach: () => () => toaster.remove(),
} satisfies Meta<typeof Toaster>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Triggers: Story = {};

export const SuccessToast: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Erfolg' }));
    await expectToastShown('Antwort gesendet');
  },
};

export const ErrorToast: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Fehler' }));
    await expectToastShown('Senden fehlgeschlagen');
  },
};

export const Dark: Story = { ...SuccessToast, globals: { colorMode: 'dark' } };
