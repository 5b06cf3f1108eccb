import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { LotseProvider } from '../../provider/LotseProvider.tsx';
import { addTags, normalizeTag, suggestionsFor } from './tag-rules.ts';
import { TagInput } from './TagInput.tsx';
import * as stories from './TagInput.stories.tsx';

testStories(stories);

const { Default, Empty, WithoutSuggestions } = composeStories(stories);
const limits = { maxLength: 12, maxTags: 3 };

describe('tag rules', () => {
  test('normalizes: trims, folds inner spaces, lower-cases', () => {
    expect(normalizeTag('  Rückruf   App ')).toBe('rückruf app');
  });

  test('adds a batch once each and drops empty entries', () => {
    expect(addTags(['vip'], ['App', ' ', 'app', 'Rückruf'], limits)).toEqual({
      tags: ['vip', 'app', 'rückruf'],
      added: ['app', 'rückruf'],
      rejected: [],
    });
  });

  test('reports a tag already there only when nothing else was added', () => {
    expect(addTags(['vip'], [' VIP '], limits).problem).toEqual({ kind: 'duplicate', tag: 'vip' });
    expect(addTags(['vip'], ['vip', 'app'], limits).problem).toBeUndefined();
  });

  test('stops at a too-long or one-too-many tag and hands back the rest as typed', () => {
    expect(addTags([], ['app', 'Lastschriftrückgabe', 'vip'], limits)).toEqual({
      tags: ['app'],
      added: ['app'],
      problem: { kind: 'tooLong', max: 12 },
      rejected: ['Lastschriftrückgabe', 'vip'],
    });
    expect(addTags(['a', 'b'], ['c', 'd'], limits)).toMatchObject({
      tags: ['a', 'b', 'c'],
      problem: { kind: 'tooMany', max: 3 },
      rejected: ['d'],
    });
  });

  test('suggests matching known tags that are not chosen yet', () => {
    expect(suggestionsFor(['VIP', 'Rückruf', 'rückruf ', 'Rechnung'], ['rechnung'], 'ruck')).toEqual([
      'rückruf',
    ]);
    expect(suggestionsFor(['a', 'b', 'c'], [], '', 2)).toEqual(['a', 'b']);
  });
});

describe('keyboard and controlled value', () => {
  test('Enter and comma add, pasted lists split, Backspace removes the last tag', async () => {
    const onChange = jest.fn();
    await runStory(WithoutSuggestions, { locale: 'en', args: { value: [], onChange } });
    const field = screen.getByRole('textbox', { name: 'Tags' });
    const user = userEvent.setup();
    await user.type(field, 'Vip{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['vip']);
    expect(field).toHaveValue('');
    await user.paste('App, Rückruf, neu');
    expect(onChange).toHaveBeenLastCalledWith(['vip', 'app', 'rückruf']);
    expect(field).toHaveValue('neu');
    await user.clear(field);
    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith(['vip', 'app']);
    expect(screen.getByRole('status')).toHaveTextContent('Tag rückruf removed');
  });

  test('each chip has a named remove button; focus moves to the next chip, then to the field', async () => {
    await runStory(Default, { locale: 'de' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Schlagwort vip entfernen' }));
    expect(screen.queryByText('vip')).not.toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Schlagwort rückruf entfernen' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Schlagwörter' })).toHaveFocus();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  test('is controlled: shows the value it is given and only that', async () => {
    const onChange = jest.fn();
    const view = render(
      <LotseProvider locale="en">
        <TagInput value={['a', 'b']} onChange={onChange} />
      </LotseProvider>,
    );
    expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['a', 'b']);
    await userEvent.type(screen.getByRole('textbox'), 'c{Enter}');
    expect(onChange).toHaveBeenCalledWith(['a', 'b', 'c']);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    view.rerender(
      <LotseProvider locale="en">
        <TagInput value={['x']} onChange={onChange} />
      </LotseProvider>,
    );
    expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['x']);
  });
});

describe('suggestions', () => {
  test('↓ on the empty field lists every unchosen suggestion, Escape closes, clicking picks', async () => {
    const onChange = jest.fn();
    await runStory(Default, { locale: 'en', args: { onChange } });
    const field = screen.getByRole('combobox', { name: 'Tags' });
    const user = userEvent.setup();
    await user.click(field);
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')).toHaveLength(5);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getAllByRole('option')[4]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('zert');
    await user.click(screen.getByRole('option', { name: 'zertifikat' }));
    expect(onChange).toHaveBeenLastCalledWith(['vip', 'rückruf', 'zertifikat']);
    expect(field).toHaveFocus();
  });

  test('without an active suggestion Enter adds exactly what was typed', async () => {
    const onChange = jest.fn();
    await runStory(Default, { locale: 'en', args: { onChange } });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 'rech');
    await user.keyboard('{ArrowUp}{ArrowDown}{ArrowDown}');
    await user.keyboard('{Escape}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['vip', 'rückruf', 'rech']);
  });
});

describe('validation messages in both languages', () => {
  test.each([
    ['en', 'A tag can have at most 12 characters.', 'Only 1 tag is allowed.', '“vip” is already added.'],
    [
      'de',
      'Ein Schlagwort darf höchstens 12 Zeichen lang sein.',
      'Es ist nur 1 Schlagwort erlaubt.',
      '„vip“ ist schon vorhanden.',
    ],
  ] as const)('%s', async (locale, tooLong, tooMany, duplicate) => {
    const onChange = jest.fn();
    await runStory(Empty, { locale, args: { maxLength: 12, maxTags: 1, onChange } });
    const field = screen.getByRole('combobox');
    const user = userEvent.setup();
    await user.type(field, 'Lastschriftrückgabe{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(tooLong);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(tooLong));
    await user.clear(field);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(field, 'vip{Enter}vip{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(duplicate);
    await user.type(field, 'app{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(tooMany);
    expect(onChange).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(field).toHaveValue('app'));
  });
});
