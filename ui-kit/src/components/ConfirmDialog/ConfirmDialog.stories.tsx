import { Button } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { ConfirmDialogProps } from './ConfirmDialog.tsx';

/** How screens use the dialog: a trigger button and the open state in the screen. */
function WithTrigger(args: ConfirmDialogProps) {
  const [open, setOpen] = useState(args.open);
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        Ticket löschen
      </Button>
      <ConfirmDialog
        {...args}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          args.onOpenChange(next);
        }}
      />
    </>
  );
}

const meta = {
  title: 'Feedback/ConfirmDialog',
  component: ConfirmDialog,
  render: WithTrigger,
  args: {
    open: false,
    onOpenChange: fn(),
    onConfirm: fn(),
    title: 'Ticket #4711 löschen?',
    description:
      'Das Ticket und alle Nachrichten werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
    confirmLabel: 'Endgültig löschen',
    tone: 'danger',
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens from its trigger, starts on Cancel and confirms by click. */
export const Danger: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Ticket löschen' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(dialog.querySelector('button')).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
  },
};

export const Open: Story = { args: { open: true } };

export const DefaultTone: Story = {
  args: {
    open: true,
    tone: 'default',
    title: 'Ticket an Team „Abrechnung“ übergeben?',
    description: undefined,
    confirmLabel: undefined,
  },
};

export const LongGermanText: Story = {
  args: {
    open: true,
    title:
      'Alle 1.284 ausgewählten Tickets dauerhaft zusammenführen und die Kundenkommunikation archivieren?',
    description:
      'Die Nachrichtenverläufe werden chronologisch in das älteste Ticket übernommen. Interne Notizen bleiben intern. Automatisierungsregeln, die auf die zusammengeführten Tickets verweisen, werden deaktiviert.',
    confirmLabel: 'Tickets zusammenführen',
  },
};

export const Dark: Story = { args: { open: true }, globals: { colorMode: 'dark' } };
