import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './ArticleEditor.stories.tsx';
import { applyFormat } from './formatting.ts';
import { markdownToHtml, renderArticlePreview } from './markdown.ts';

testStories(stories);

const { Write, Empty, UnsafeInput, Saving, Preview } = composeStories(stories);

describe('markdown subset', () => {
  test('headings start at h2; lists, quotes, code, emphasis and links', () => {
    expect(
      markdownToHtml(
        '# Titel\nEin **fetter** und _kursiver_ Satz mit `a<b`.\n\n- eins\n- zwei\n\n1. erst\n2. dann\n\n> Hinweis\n\n[Hilfe](https://example.org/a?b=1&c=2)',
      ),
    ).toBe(
      [
        '<h2>Titel</h2>',
        '<p>Ein <strong>fetter</strong> und <em>kursiver</em> Satz mit <code>a&lt;b</code>.</p>',
        '<ul><li>eins</li><li>zwei</li></ul>',
        '<ol><li>erst</li><li>dann</li></ol>',
        '<blockquote><p>Hinweis</p></blockquote>',
        '<p><a href="https://example.org/a?b=1&amp;c=2">Hilfe</a></p>',
      ].join('\n'),
    );
  });

  test('fenced code keeps its text verbatim and unformatted', () => {
    expect(markdownToHtml('```\n**nicht fett** <b>\n```')).toBe(
      '<pre><code>**nicht fett** &lt;b&gt;</code></pre>',
    );
  });

  test.each([
    ['<img src=x onerror=alert(1)>', 'img'],
    ['<script>alert(1)</script>', 'script'],
    ['<a href="javascript:alert(1)">x</a>', 'a'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
  ])('raw HTML %s stays text', (source, tag) => {
    const container = document.createElement('div');
    container.innerHTML = renderArticlePreview(source);
    expect(container.querySelector(tag)).toBeNull();
    expect(container.textContent).toContain(source);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
  ])('a %s link becomes plain text', (url) => {
    const container = document.createElement('div');
    container.innerHTML = renderArticlePreview(`[Klick](${url})`);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('Klick');
  });

  test('keeps web, mail and site-relative links', () => {
    const container = document.createElement('div');
    container.innerHTML = renderArticlePreview(
      '[a](https://x.org) [b](mailto:hilfe@x.org) [c](/kb/12) [d](#schritte)',
    );
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://x.org',
      'mailto:hilfe@x.org',
      '/kb/12',
      '#schritte',
    ]);
  });
});

describe('formatting', () => {
  test('wraps the selection and keeps it selected', () => {
    expect(applyFormat('bold', 'ab cd ef', 3, 5)).toEqual({
      value: 'ab **cd** ef',
      selectionStart: 5,
      selectionEnd: 7,
    });
    expect(applyFormat('italic', 'ab', 2, 2)).toEqual({ value: 'ab__', selectionStart: 3, selectionEnd: 3 });
  });

  test('prefixes every selected line, numbering ordered lists', () => {
    expect(applyFormat('numberedList', 'x\neins\nzwei', 3, 10).value).toBe('x\n1. eins\n2. zwei');
    expect(applyFormat('quote', 'eins', 2, 2).value).toBe('> eins');
  });

  test('a link selects the URL to type over', () => {
    const edit = applyFormat('link', 'siehe Hilfe', 6, 11);
    expect(edit.value).toBe('siehe [Hilfe](https://)');
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe('https://');
  });
});

test('Ctrl+B in the text bolds the selection', async () => {
  await runStory(Empty, { locale: 'en' });
  const user = userEvent.setup();
  const textarea = screen.getByRole('textbox', { name: 'Article text' }) as HTMLTextAreaElement;
  await user.type(textarea, 'sehr wichtig');
  textarea.setSelectionRange(5, 12);
  await user.keyboard('{Control>}b{/Control}');
  expect(textarea).toHaveValue('sehr **wichtig**');
});

test('the toolbar is one tab stop with arrow keys inside', async () => {
  await runStory(Write, { locale: 'en' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('textbox', { name: /Title/ }));
  await user.tab(); // tab list
  await user.tab(); // toolbar
  expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('button', { name: 'Italic' })).toHaveFocus();
  await user.keyboard('{End}');
  expect(screen.getByRole('button', { name: 'Link' })).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveFocus();
});

test('saving without a title explains why and focuses the title', async () => {
  const onSave = jest.fn();
  await runStory(Empty, { locale: 'en', args: { onSave } });
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSave).not.toHaveBeenCalled();
  const title = screen.getByRole('textbox', { name: /Title/ });
  expect(title).toHaveFocus();
  expect(title).toHaveAttribute('aria-invalid', 'true');
  expect(title).toHaveAccessibleErrorMessage('Give the article a title.');
});

test('while saving, the button is busy and Ctrl+Enter does nothing', async () => {
  const onSave = jest.fn();
  await runStory(Saving, { locale: 'en', args: { onSave } });
  expect(screen.getByRole('button', { name: /Saving/ })).toBeDisabled();
  await userEvent.click(screen.getByRole('textbox', { name: 'Article text' }));
  await userEvent.keyboard('{Control>}{Enter}{/Control}');
  expect(onSave).not.toHaveBeenCalled();
});

test('the preview tab renders the article, reachable by keyboard', async () => {
  await runStory(Write, { locale: 'de' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('tab', { name: 'Schreiben' }));
  await user.keyboard('{ArrowRight}');
  await waitFor(() => expect(screen.getByRole('tab', { name: 'Vorschau' })).toHaveFocus());
  await user.keyboard('{Enter}');
  await waitFor(() =>
    expect(screen.getByRole('tab', { name: 'Vorschau' })).toHaveAttribute('aria-selected', 'true'),
  );
  expect(screen.getByRole('heading', { level: 2, name: 'Wann hilft dieser Artikel?' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Hilfe-Center' })).toHaveAttribute(
    'href',
    'https://hilfe.example.org/konto',
  );
});

test('unsafe input is inert in the preview', async () => {
  const canvas = await runStory(UnsafeInput, { locale: 'en' });
  const preview = screen.getByTestId('article-preview');
  expect(canvas.querySelector('img, script')).toBeNull();
  expect(preview.querySelector('a')).toBeNull();
  expect(preview).toHaveTextContent('<img src=x onerror=alert(1)>');
});

test('Preview story opens on the preview', async () => {
  await runStory(Preview, { locale: 'en' });
  expect(screen.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
});
