import type { Decorator, Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
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
      onEntityChange={(code) => {
        setEntity(code);
        args.onEntityChange(code);
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

/** The shell in a phone-wide space (390 px): the sidebar moves into a drawer behind the menu button. */
const phoneWidth: Decorator = (Story) => (
  <div style={{ width: '390px', borderInlineEnd: '1px dashed' }}>
    <Story />
  </div>
);

export const Mobile: Story = { decorators: [phoneWidth] };

/** The menu button opens the drawer on the current page's link; Escape closes it and focus returns. */
export const MobileNavigationByKeyboard: Story = {
  decorators: [phoneWidth],
  play: async ({ canvas, userEvent }) => {
    const menu = canvas.getByRole('button', { name: /Navigation öffnen|Open navigation/ });
    menu.focus();
    await userEvent.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog');
    const current = within(drawer).getByRole('link', { current: 'page' });
    await waitFor(() => expect(current).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(menu).toHaveFocus());
  },
};

/** The drawer open, as the agent sees it on a phone. */
export const MobileNavigationOpen: Story = {
  decorators: [phoneWidth],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Navigation öffnen|Open navigation/ }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByRole('link', { current: 'page' })).toHaveFocus());
  },
};

export const MobileDark: Story = { decorators: [phoneWidth], globals: { colorMode: 'dark' } };
