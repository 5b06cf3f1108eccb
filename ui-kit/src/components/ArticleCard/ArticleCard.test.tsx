import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './ArticleCard.stories.tsx';

testStories(stories);

const { Published, Draft, List } = composeStories(stories);

test('the title is the one link, with date, views and helpfulness formatted for the language', async () => {
  await runStory(Published, { locale: 'de' });
  const card = screen.getByRole('article');
  expect(within(card).getAllByRole('link')).toHaveLength(1);
  expect(within(card).getByRole('heading', { level: 3, name: 'Passwort zurücksetzen' })).toBeInTheDocument();
  expect(card).toHaveTextContent('Veröffentlicht');
  expect(card).toHaveTextContent('Aktualisiert am 04.03.2025');
  expect(card).toHaveTextContent('1.284 Aufrufe');
  expect(card).toHaveTextContent('92 % fanden ihn hilfreich');
});

test('in English, one view is singular and optional facts are left out', async () => {
  await runStory(Draft, { locale: 'en', args: { article: { ...Draft.args.article, views: 1 } } });
  const card = screen.getByRole('article');
  expect(card).toHaveTextContent('Draft');
  expect(card).toHaveTextContent('1 view');
  expect(card).not.toHaveTextContent('helpful');
});

test('each card is one tab stop, in list order', async () => {
  await runStory(List, { locale: 'en' });
  const user = userEvent.setup();
  await user.tab();
  expect(screen.getByRole('link', { name: 'Passwort zurücksetzen' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('link', { name: 'Abo kündigen' })).toHaveFocus();
});
