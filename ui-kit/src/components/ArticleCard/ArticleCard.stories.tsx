import { Stack } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { kidsAscension, ozeanLicht } from '../EntityBadge/EntityBadge.stories.tsx';
import { ArticleCard } from './ArticleCard.tsx';
import type { ArticleSummary } from './ArticleCard.tsx';

export const passwordArticle: ArticleSummary = {
  id: 'kb-101',
  title: 'Passwort zurücksetzen',
  excerpt:
    'Kundinnen und Kunden setzen ihr Passwort über „Passwort vergessen“ auf der Anmeldeseite zurück. Der Link in der E-Mail gilt 24 Stunden.',
  status: 'published',
  category: 'Konto › Anmeldung',
  entity: kidsAscension,
  author: 'Mara Lindqvist',
  updatedAt: '2025-03-04T10:15:00Z',
  views: 1284,
  helpfulRatio: 0.92,
};

const meta = {
  title: 'Knowledge/ArticleCard',
  component: ArticleCard,
  excludeStories: ['passwordArticle'],
  args: { article: passwordArticle, href: '#kb-101' },
  decorators: [(Story) => <div style={{ maxWidth: '36rem' }}>{Story()}</div>],
} satisfies Meta<typeof ArticleCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Published: Story = {};

export const Draft: Story = {
  args: {
    article: {
      id: 'kb-102',
      title: 'Rechnung erneut senden',
      status: 'draft',
      updatedAt: '2025-03-09T16:40:00Z',
      author: 'Jonas Weber',
    },
  },
};

export const InReview: Story = {
  args: {
    article: { ...passwordArticle, id: 'kb-103', status: 'review', views: 1, helpfulRatio: undefined },
  },
};

export const Archived: Story = {
  args: { article: { ...passwordArticle, id: 'kb-104', status: 'archived', entity: ozeanLicht } },
};

export const List: Story = {
  render: () => (
    <Stack gap="3">
      <ArticleCard article={passwordArticle} href="#kb-101" />
      <ArticleCard
        article={{
          ...passwordArticle,
          id: 'kb-105',
          title: 'Abo kündigen',
          status: 'review',
          entity: ozeanLicht,
        }}
        href="#kb-105"
      />
      <ArticleCard
        article={{ id: 'kb-106', title: 'Lieferzeiten', status: 'draft', updatedAt: '2025-02-01T08:00:00Z' }}
        href="#kb-106"
      />
    </Stack>
  ),
};

export const Dark: Story = { ...List, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  args: {
    article: {
      ...passwordArticle,
      title:
        'Datenschutzgrundverordnungskonforme Löschung von Kundenkonten einschließlich aller Bestellhistorien und Zahlungsinformationen',
      excerpt:
        'Bevor ein Kundenkonto endgültig gelöscht wird, prüfen Sie offene Bestellungen, laufende Abonnements, ausstehende Gutschriften und gesetzliche Aufbewahrungsfristen für Rechnungen. Erst danach stoßen Sie die Löschung über die Kontoverwaltung an; die Bestätigung geht automatisch an die hinterlegte E-Mail-Adresse.',
      category: 'Datenschutz › Auskunfts- und Löschersuchen › Kundenkonten',
      author: 'Maximiliane Großkopf-Schwarzenberger',
    },
  },
};
