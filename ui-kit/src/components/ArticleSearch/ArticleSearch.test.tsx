import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import type { ArticleSearchHit } from './ArticleSearch.tsx';
import * as stories from './ArticleSearch.stories.tsx';
import { rangesOfQuery, splitByRanges } from './highlight.ts';

testStories(stories);

const { Empty, Results, NoResults, SearchFailed, UntrustedSnippet, EngineHighlights } =
  composeStories(stories);
const { knowledgeBase } = stories;

describe('highlighting', () => {
  test('finds every query word case-insensitively, longest first', () => {
    expect(rangesOfQuery('Passwort und PASS', 'pass passwort')).toEqual([
      [0, 8],
      [13, 17],
    ]);
  });

  test('ignores one-letter words and treats regex characters literally', () => {
    expect(rangesOfQuery('a (b) c.*', 'a (b) .*')).toEqual([
      [2, 5],
      [7, 9],
    ]);
  });

  test('merges overlapping and clamps out-of-range ranges', () => {
    expect(
      splitByRanges('abcdefgh', [
        [5, 99],
        [1, 3],
        [2, 4],
        [-4, 0],
      ]),
    ).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
      { text: 'd', highlighted: true },
      { text: 'e', highlighted: false },
      { text: 'fgh', highlighted: true },
    ]);
  });
});

test('debounces typing into one search, and aborts the superseded one', async () => {
  const search = jest.fn(async (_query: string, _signal: AbortSignal) => [] as ArticleSearchHit[]);
  await runStory(Empty, { locale: 'en', args: { search, debounceMs: 100 } });
  const user = userEvent.setup();
  await user.type(screen.getByRole('combobox', { name: 'Search articles' }), 'Rechnung');
  await waitFor(() => expect(search).toHaveBeenCalledTimes(1));
  expect(search.mock.calls[0]?.[0]).toBe('Rechnung');
  await user.type(screen.getByRole('combobox'), 'en');
  await waitFor(() => expect(search).toHaveBeenCalledTimes(2));
  expect(search.mock.calls[0]?.[1].aborted).toBe(true);
});

test('highlights the matched words in title and snippet as <mark>', async () => {
  const canvas = await runStory(Results, { locale: 'en' });
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
  expect(screen.getByRole('status')).toHaveTextContent('3 articles found');
  const marks = [...canvas.querySelectorAll('mark')].map((mark) => mark.textContent);
  expect(marks).toContain('Passwort');
  expect(marks.every((text) => text?.toLowerCase() === 'passwort')).toBe(true);
});

test('uses the engine ranges when it sends them', async () => {
  const canvas = await runStory(EngineHighlights, { locale: 'en' });
  await screen.findByRole('option');
  expect([...canvas.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Passwort']);
});

test('renders markup in snippets as text', async () => {
  const canvas = await runStory(UntrustedSnippet, { locale: 'en' });
  const option = await screen.findByRole('option');
  expect(option).toHaveTextContent('<img src=x onerror="alert(1)">');
  expect(canvas.querySelector('img, script, b')).toBeNull();
});

test('arrows wrap around, Enter selects, Escape clears', async () => {
  const onSelect = jest.fn();
  await runStory(Results, { locale: 'en', args: { onSelect } });
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
  const field = screen.getByRole('combobox');
  const user = userEvent.setup();
  await user.click(field);
  await user.keyboard('{ArrowUp}');
  const options = screen.getAllByRole('option');
  expect(options[2]).toHaveAttribute('aria-selected', 'true');
  expect(field).toHaveAttribute('aria-activedescendant', options[2]?.id);
  await user.keyboard('{ArrowDown}{Enter}');
  expect(onSelect).toHaveBeenCalledWith(knowledgeBase[0]);
  await user.keyboard('{Escape}');
  expect(field).toHaveValue('');
  expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  expect(field).toHaveAttribute('aria-expanded', 'false');
});

test('says when nothing matches', async () => {
  await runStory(NoResults, { locale: 'de' });
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Keine Artikel zu „Xylophon“'));
  expect(screen.getByRole('heading', { name: 'Keine Artikel zu „Xylophon“' })).toBeInTheDocument();
});

test('an error is an alert with a retry that searches again', async () => {
  const search = jest.fn(() => Promise.reject(new Error('down')));
  await runStory(SearchFailed, { locale: 'en', args: { search } });
  expect(await screen.findByRole('alert')).toHaveTextContent('The search failed');
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(search).toHaveBeenCalledTimes(2));
});
