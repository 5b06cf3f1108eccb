import type { Meta, StoryObj } from '@storybook/react';
import type { Editor } from '@tiptap/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { sampleAgents } from '../TicketTable/sample-tickets.ts';
import { ReplyEditor } from './ReplyEditor.tsx';

/** The Tiptap editor behind the editable element (Tiptap puts it on the DOM node). */
export function editorIn(canvasElement: HTMLElement): Editor {
  const dom = canvasElement.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!dom?.editor) throw new Error('no editor');
  return dom.editor;
}

/** The three classic attacks on pasted HTML from the issue. */
export const hostileHtml =
  '<p>Hallo <img src=x onerror=alert(1)> <a href="javascript:alert(1)">Klick</a></p><script>alert(1)</script>' +
  '<p onclick="alert(1)">Danke</p>';

const meta = {
  title: 'Tickets/ReplyEditor',
  component: ReplyEditor,
  excludeStories: ['editorIn', 'hostileHtml'],
  args: {
    onSubmit: fn(),
    mentionables: sampleAgents,
    cannedResponses: [
      {
        id: 'reset',
        title: 'Passwort zurücksetzen',
        body: '<p>Sie können Ihr Passwort unter <a href="https://example.org/reset">example.org/reset</a> zurücksetzen.</p>',
      },
      { id: 'thanks', title: 'Danke für Ihre Geduld', body: '<p>Vielen Dank für Ihre Geduld!</p>' },
    ],
  },
} satisfies Meta<typeof ReplyEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const InternalNote: Story = { args: { defaultInternal: true } };
export const WithDraft: Story = {
  args: {
    initialContent:
      '<p>Hallo Frau Hofmann,</p><ul><li><strong>Schritt 1:</strong> Konto öffnen</li><li>Schritt 2: <code>Einstellungen</code></li></ul><p>Mehr unter <a href="https://example.org">example.org</a>.</p>',
  },
};
export const Submitting: Story = { args: { initialContent: '<p>Wird gesendet …</p>', submitting: true } };
export const LongGermanText: Story = {
  args: {
    defaultInternal: true,
    initialContent:
      '<p>Rücksprache mit der Buchhaltungsabteilung bezüglich der Rückerstattungsanspruchsprüfung und der Datenschutzgrundverordnungskonformität der Zahlungsdienstleisterschnittstelle ist erforderlich.</p>',
  },
};
export const Dark: Story = { ...WithDraft, globals: { colorMode: 'dark' } };
export const DarkInternalNote: Story = { ...InternalNote, globals: { colorMode: 'dark' } };

/** Pasting hostile HTML leaves only harmless text and formatting in the editor. */
export const PastedHtmlIsSanitized: Story = {
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    editor.commands.focus();
    // A paste event as the browser sends it (built by hand: jsdom has no ClipboardEvent).
    const data: Record<string, string> = { 'text/html': hostileHtml, 'text/plain': 'Hallo Klick Danke' };
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', {
      value: { types: Object.keys(data), getData: (type: string) => data[type] ?? '', files: [], items: [] },
    });
    editor.view.dom.dispatchEvent(paste);
    await waitFor(() => expect(editor.getText()).toContain('Danke'));
    const html = editor.getHTML();
    await expect(html).toContain('Hallo');
    await expect(html).toContain('Danke');
    await expect(html).not.toMatch(/onerror|onclick|javascript:|<script|<img/i);
    await expect(canvasElement.querySelector('img, script, [onerror], [onclick]')).toBeNull();
  },
};

/** Sending nothing says so under the editor (the message's contrast is checked in Chromium, light and dark). */
export const EmptySubmitExplained: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^(Antwort senden|Send reply)$/ }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Bitte zuerst etwas schreiben|Write something first/);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};
export const DarkEmptySubmitExplained: Story = { ...EmptySubmitExplained, globals: { colorMode: 'dark' } };

/** "/" opens the canned responses; arrows and Enter insert one; Ctrl+Enter sends it as an internal note. */
export const SlashCommandAndKeyboardSubmit: Story = {
  args: { defaultInternal: true },
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    const editor = editorIn(canvasElement);
    editor.commands.focus();
    editor.commands.insertContent('/dank');
    const list = await canvas.findByRole('listbox');
    await expect(within(list).getAllByRole('option')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(editor.getText()).toContain('Vielen Dank für Ihre Geduld!'));
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect(args.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ internal: true, text: expect.stringContaining('Vielen Dank') }),
    );
  },
};
