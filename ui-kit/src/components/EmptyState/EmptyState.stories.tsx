import { Button } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { SearchIcon } from '../../icons/icons.tsx';
import { EmptyState } from './EmptyState.tsx';

const meta = {
  title: 'Feedback/EmptyState',
  component: EmptyState,
  args: {
    title: 'Keine offenen Tickets',
    description: 'Alles erledigt. Neue Anfragen erscheinen hier automatisch.',
  },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoOpenTickets: Story = {};

export const NoSearchResults: Story = {
  args: {
    title: 'Keine Treffer für „Passwort zurücksetzen“',
    description: 'Prüfen Sie die Schreibweise oder entfernen Sie Filter.',
    icon: <SearchIcon />,
    actions: <Button variant="outline">Filter zurücksetzen</Button>,
  },
};

export const LongGermanText: Story = {
  args: {
    title:
      'Für die ausgewählte Kombination aus Marke, Kategorie und Bearbeitungsstatus liegen derzeit keine Anfragen vor',
    description:
      'Sobald Kundinnen und Kunden über das Kundenportal, per E-Mail oder im Live-Chat eine neue Anfrage stellen, wird sie hier angezeigt und automatisch der zuständigen Warteschlange zugeordnet.',
  },
};

export const Dark: Story = { ...NoSearchResults, globals: { colorMode: 'dark' } };
