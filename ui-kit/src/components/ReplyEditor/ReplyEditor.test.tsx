import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { sanitizeReplyHtml } from './sanitize.ts';
import * as stories from './ReplyEditor.stories.tsx';
import { editorIn, hostileHtml } from './ReplyEditor.stories.tsx';

// ProseMirror measures the selection to scroll it into view; jsdom has no layout, so ranges measure as empty.
beforeAll(() => {
  const emptyRect = {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
    width: 0,
    height: 0,
    toJSON: () => ({}),
  };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => emptyRect as DOMRect;
  document.elementFromPoint ??= () => null;
});

jest.setTimeout(20_000);

testStories(stories);

const { Default, WithDraft, InternalNote } = composeStories(stories);

describe('sanitizing', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', /onerror|<img/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|<script/i],
    ['<script>alert(1)</script>', /<script|alert/i],
    ['<p style="background:url(javascript:alert(1))" onclick="x()">t</p>', /style|onclick|javascript/i],
    ['<iframe src="https://evil.example"></iframe>', /iframe/i],
  ])('%s comes out inert', (html, forbidden) => {
    expect(sanitizeReplyHtml(html)).not.toMatch(forbidden);
  });

  test('keeps formatting and safe links', () => {
    const html =
      '<p><strong>a</strong> <em>b</em> <a href="https://example.org">c</a> <a href="mailto:x@y.de">d</a></p>';
    expect(sanitizeReplyHtml(html)).toBe(html);
  });

  test('a real paste event with hostile HTML leaves nothing executable in the editor or the submission', async () => {
    const onSubmit = jest.fn();
    const canvas = await runStory(Default, { locale: 'en', args: { onSubmit } });
    const editor = editorIn(canvas);
    const target = canvas.querySelector('.ProseMirror') as HTMLElement;
    act(() => editor.commands.focus());
    const data: Record<string, string> = { 'text/html': hostileHtml, 'text/plain': 'Hallo Klick Danke' };
    act(() => {
      fireEvent.paste(target, {
        clipboardData: {
          types: Object.keys(data),
          getData: (type: string) => data[type] ?? '',
          files: [],
          items: [],
        },
      });
    });
    await waitFor(() => expect(editor.getText()).toContain('Danke'));
    expect(canvas.querySelector('.ProseMirror img, .ProseMirror script, [onerror], [onclick]')).toBeNull();
    expect(canvas.querySelector('.ProseMirror a[href^="javascript"]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    const submitted = (onSubmit.mock.calls[0]?.[0] as { html: string }).html;
    expect(submitted).toContain('Hallo');
    expect(submitted).not.toMatch(/onerror|onclick|javascript:|<script|<img/i);
  });
});

describe('keyboard', () => {
  test('Ctrl+Enter sends the reply; an empty editor says so instead', async () => {
    const onSubmit = jest.fn();
    const canvas = await runStory(Default, { locale: 'en', args: { onSubmit } });
    const editor = editorIn(canvas);
    await userEvent.click(screen.getByRole('textbox', { name: 'Reply' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveFocus());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Write something first.');
    act(() => editor.commands.insertContent('Danke!'));
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith({ html: '<p>Danke!</p>', text: 'Danke!', internal: false });
    expect(editor.isEmpty).toBe(true);
  });

  test('@ mentions an agent with arrows and Enter; Escape closes the list', async () => {
    const canvas = await runStory(Default, { locale: 'en' });
    const editor = editorIn(canvas);
    act(() => {
      editor.commands.focus();
      editor.commands.insertContent('Bitte @');
    });
    const list = await screen.findByRole('listbox', { name: 'Mention an agent' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(4));
    await userEvent.keyboard('{ArrowDown}');
    expect(within(list).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(editor.getHTML()).toContain('data-id="a2"');
    expect(editor.getText()).toContain('@Jonas Weber');
    act(() => editor.commands.insertContent(' @zzz'));
    expect(await screen.findByRole('option', { name: 'No matches' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  });

  test('the toolbar is one tab stop with arrow keys; buttons toggle formatting and report it', async () => {
    const canvas = await runStory(WithDraft, { locale: 'en' });
    const editor = editorIn(canvas);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    bold.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Italic' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(within(toolbar).getByRole('button', { name: 'Link' })).toHaveFocus();
    act(() => editor.commands.selectAll());
    await userEvent.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    expect(editor.getHTML()).toContain('<strong>');
  });

  test('a link must be http, https or mailto', async () => {
    const canvas = await runStory(Default, { locale: 'en' });
    const editor = editorIn(canvas);
    act(() => {
      editor.commands.insertContent('Anleitung');
      editor.commands.selectAll();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByRole('textbox', { name: 'Link address (https://…)' });
    await userEvent.type(address, 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Only http, https and mailto links are allowed.');
    expect(editor.getHTML()).not.toContain('href');
    await userEvent.clear(address);
    await userEvent.type(address, 'https://example.org/hilfe{Enter}');
    expect(editor.getHTML()).toContain('href="https://example.org/hilfe"');
  });

  test('the internal-note toggle changes label, wording and button', async () => {
    const onSubmit = jest.fn();
    const canvas = await runStory(InternalNote, { locale: 'en', args: { onSubmit } });
    expect(screen.getByRole('textbox', { name: 'Internal note' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeInTheDocument();
    expect(canvas.querySelector('[data-internal]')).not.toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Internal note' }));
    expect(screen.getByRole('textbox', { name: 'Reply' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send reply' })).toBeInTheDocument();
    expect(canvas.querySelector('[data-internal]')).toBeNull();
  });
});
