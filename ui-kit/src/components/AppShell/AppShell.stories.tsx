import type { Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { kidsAscension, ozeanLicht } from '../EntityBadge/EntityBadge.stories.tsx';
import { EmptyState } from '../EmptyState/EmptyState.tsx';
import { UserChip } from '../UserChip/UserChip.tsx';
import { AppShell } from './AppShell.tsx';
import type { AppShellProps } from './AppShell.tsx';

/** How the console uses the shell: it owns the selected brand. */
function Console(args: AppShellProps) {
  const [entity, setEntity] = useState(args.currentEntity);
  return (
    <AppShell
      {...args}
      currentEntity={entity}
      onEntityChange={(slug) => {
        setEntity(slug);
        args.onEntityChange(slug);
      }}
    />
  );
}

const meta = {
  title: 'Shell/AppShell',
  component: AppShell,
  render: Console,
  // A full page: landmark rules apply here (see test/story-tests.tsx and scripts/catalog.ts).
  tags: ['page'],
  parameters: { layout: 'fullscreen' },
  args: {
    pageTitle: 'Posteingang',
    navItems: [
      { id: 'inbox', label: 'Posteingang', href: '#inbox', count: 12, current: true },
      { id: 'mine', label: 'Meine Tickets', href: '#mine', count: 4 },
      { id: 'knowledge', label: 'Wissensdatenbank', href: '#knowledge' },
      { id: 'analytics', label: 'Auswertungen', href: '#analytics' },
    ],
    entities: [kidsAscension, ozeanLicht],
    currentEntity: null,
    onEntityChange: fn(),
    commands: [
      { id: 'new-ticket', label: 'Neues Ticket anlegen', shortcut: 'c', run: fn() },
      { id: 'open-ticket', label: 'Ticket öffnen …', run: fn() },
      { id: 'search-articles', label: 'Artikel suchen', run: fn() },
    ],
    user: <UserChip name="Mara Lindqvist" presence="online" size="sm" />,
    children: (
      <EmptyState title="Keine offenen Tickets" description="Neue Anfragen erscheinen hier automatisch." />
    ),
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const OneBrandSelected: Story = { args: { currentEntity: 'ozean_licht' } };

/** Ctrl/⌘+K opens the palette; typing filters, arrows move, Enter runs the command. */
export const CommandPaletteByKeyboard: Story = {
  play: async ({ userEvent, args }) => {
    await userEvent.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('combobox');
    await waitFor(() => expect(search).toHaveFocus());
    await userEvent.keyboard('ticket');
    await expect(screen.getAllByRole('option')).toHaveLength(2);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.commands[1]?.run).toHaveBeenCalledTimes(1);
  },
};

export const Dark: Story = { globals: { colorMode: 'dark' } };

export const LongGermanLabels: Story = {
  args: {
    pageTitle: 'Nicht zugewiesene Kundenanfragen aller Marken',
    navItems: [
      { id: 'inbox', label: 'Nicht zugewiesene Kundenanfragen', href: '#inbox', count: 1284, current: true },
      { id: 'escalations', label: 'Eskalationen mit SLA-Verletzung', href: '#escalations', count: 7 },
      { id: 'automation', label: 'Automatisierungsregeln und Makros', href: '#automation' },
    ],
    user: <UserChip name="Maximiliane Großkopf-Schwarzenberger" presence="busy" size="sm" />,
  },
};
