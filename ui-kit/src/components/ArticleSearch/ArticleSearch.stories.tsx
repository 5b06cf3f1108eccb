import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor } from 'storybook/test';
import { kidsAscension, ozeanLicht } from '../EntityBadge/EntityBadge.stories.tsx';
import { ArticleSearch } from './ArticleSearch.tsx';
import type { ArticleSearchHit } from './ArticleSearch.tsx';

export const knowledgeBase: ArticleSearchHit[] = [
  {
    id: 'kb-101',
    title: 'Passwort zurücksetzen',
    snippet:
      'Über „Passwort vergessen“ auf der Anmeldeseite erhalten Kunden einen Link, der 24 Stunden gilt.',
    category: 'Konto › Anmeldung',
    entity: kidsAscension,
  },
  {
    id: 'kb-107',
    title: 'Zwei-Faktor-Anmeldung einrichten',
    snippet: 'Nach dem Passwort fragt die App nach einem Code aus der Authenticator-App.',
    category: 'Konto › Sicherheit',
    entity: ozeanLicht,
  },
  {
    id: 'kb-112',
    title: 'Konto gesperrt nach zu vielen Versuchen',
    snippet: 'Nach fünf falschen Passwort-Eingaben sperrt das Konto für 15 Minuten.',
    category: 'Konto › Anmeldung',
  },
  {
    id: 'kb-120',
    title: 'Rechnung erneut senden',
    snippet: 'Rechnungen lassen sich im Kundenkonto unter „Bestellungen“ erneut versenden.',
    category: 'Abrechnung',
  },
];

/** A fake search over a few articles: every hit whose title or snippet contains a word of the query. */
export const searchKnowledgeBase = async (query: string): Promise<ArticleSearchHit[]> => {
  const words = query.toLowerCase().split(/\s+/);
  return knowledgeBase.filter((hit) =>
    words.some((word) => `${hit.title} ${hit.snippet}`.toLowerCase().includes(word)),
  );
};

const meta = {
  title: 'Knowledge/ArticleSearch',
  component: ArticleSearch,
  excludeStories: ['knowledgeBase', 'searchKnowledgeBase'],
  args: { search: searchKnowledgeBase, onSelect: fn(), debounceMs: 50 },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof ArticleSearch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits until the debounced search has answered, so tests and screenshots see the outcome. */
const settled: Story['play'] = async ({ canvasElement }) => {
  await waitFor(() =>
    expect(canvasElement.querySelector('[data-state="results"], [data-state="error"]')).not.toBeNull(),
  );
};

export const Empty: Story = {};

/** Type, wait for the hits, move with ↓ and open the second hit with Enter. */
export const KeyboardSelection: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByRole('combobox');
    await userEvent.type(field, 'Passwort');
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(3));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(knowledgeBase[1]);
  },
};

export const Results: Story = { args: { defaultQuery: 'Passwort' }, play: settled };

export const Loading: Story = {
  args: { defaultQuery: 'Passwort', search: () => new Promise<ArticleSearchHit[]>(() => {}) },
};

export const NoResults: Story = { args: { defaultQuery: 'Xylophon' }, play: settled };

export const SearchFailed: Story = {
  play: settled,
  args: {
    defaultQuery: 'Passwort',
    search: () => Promise.reject(new Error('503 Service Unavailable')),
  },
};

/** The engine's own ranges highlight a fuzzy match ("Pasword" found "Passwort"). */
export const EngineHighlights: Story = {
  play: settled,
  args: {
    defaultQuery: 'Pasword',
    search: async () => [{ ...knowledgeBase[0]!, highlights: [[6, 14]] as const }],
  },
};

/** Markup in a snippet is shown as text, never interpreted. */
export const UntrustedSnippet: Story = {
  play: settled,
  args: {
    defaultQuery: 'Bild',
    search: async () => [
      {
        id: 'kb-666',
        title: 'Bild <b>fett</b>',
        snippet: 'Ein Bild <img src=x onerror="alert(1)"> und <script>alert(2)</script> im Text.',
      },
    ],
  },
};

export const Dark: Story = { ...Results, globals: { colorMode: 'dark' } };

export const LongGermanText: Story = {
  play: settled,
  args: {
    defaultQuery: 'Datenschutz',
    search: async () => [
      {
        id: 'kb-130',
        title: 'Datenschutzgrundverordnungskonforme Löschung von Kundenkonten einschließlich Bestellhistorie',
        snippet:
          'Vor der endgültigen Löschung prüfen Sie offene Bestellungen, laufende Abonnements und die gesetzlichen Aufbewahrungsfristen; Datenschutzanfragen beantworten Sie innerhalb eines Monats.',
        category: 'Datenschutz › Auskunfts- und Löschersuchen › Kundenkonten',
        entity: kidsAscension,
      },
    ],
  },
};
