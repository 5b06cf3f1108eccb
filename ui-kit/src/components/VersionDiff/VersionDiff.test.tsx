import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { diffByLine } from './VersionDiff.tsx';
import * as stories from './VersionDiff.stories.tsx';

testStories(stories);

const { ByWords, ByLines, Unchanged } = composeStories(stories);

test('splits a line diff into single lines', () => {
  expect(diffByLine('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
    { change: 'unchanged', text: 'a' },
    { change: 'removed', text: 'b' },
    { change: 'added', text: 'B' },
    { change: 'unchanged', text: 'c' },
    { change: 'added', text: 'd' },
  ]);
});

test('word changes are <ins>/<del> with a spoken label, and counted', async () => {
  const canvas = await runStory(ByWords, { locale: 'en' });
  const section = screen.getByRole('region', { name: 'Changes from Version 3 to Version 4' });
  const insertions = [...canvas.querySelectorAll('ins')].map((node) => node.textContent);
  const deletions = [...canvas.querySelectorAll('del')].map((node) => node.textContent);
  expect(insertions).toContain('added: 24');
  expect(deletions).toContain('removed: 12');
  expect(insertions).toHaveLength(3);
  expect(deletions).toHaveLength(1);
  expect(section).toHaveTextContent('3 additions');
  expect(section).toHaveTextContent('1 removal');
});

test('line view marks each changed line with + or − besides the label', async () => {
  await runStory(ByLines, { locale: 'de' });
  const rows = screen.getAllByRole('listitem');
  const changed = rows.filter((row) => row.dataset['change'] !== 'unchanged');
  expect(changed.map((row) => row.textContent?.slice(0, 1))).toEqual(['−', '−', '+', '+', '+']);
  expect(
    within(changed[0]!)
      .getByText(/Kunden einen Link/)
      .closest('del'),
  ).toHaveTextContent(/^entfernt: /);
  expect(screen.getByText('2 Streichungen')).toBeInTheDocument();
  expect(screen.getByText('3 Ergänzungen')).toBeInTheDocument();
});

test('the granularity toggle works by keyboard', async () => {
  await runStory(ByWords, { locale: 'en' });
  const user = userEvent.setup();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Words' })).toHaveFocus();
  await user.tab();
  await user.keyboard(' ');
  expect(screen.getByRole('button', { name: 'Lines' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('list')).toBeInTheDocument();
});

test('says when the versions are the same', async () => {
  await runStory(Unchanged, { locale: 'en' });
  expect(screen.getByText('No changes between these versions.')).toBeInTheDocument();
  expect(screen.getByText('0 additions')).toBeInTheDocument();
});
