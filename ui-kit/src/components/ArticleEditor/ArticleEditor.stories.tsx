import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor } from 'storybook/test';
import { ArticleEditor } from './ArticleEditor.tsx';

const passwordArticle = {
  title: 'Passwort zurücksetzen',
  body: [
    '# Wann hilft dieser Artikel?',
    'Wenn sich eine Kundin **nicht mehr anmelden** kann und ihr Passwort _vergessen_ hat.',
    '',
    '## Schritte',
    '1. Auf der Anmeldeseite „Passwort vergessen“ wählen',
    '2. E-Mail-Adresse eingeben',
    '3. Dem Link in der E-Mail folgen (gilt 24 Stunden)',
    '',
    '> Kommt keine E-Mail an, den Spam-Ordner prüfen lassen.',
    '',
    'Mehr dazu im [Hilfe-Center](https://hilfe.example.org/konto). Der Fehlercode lautet `AUTH-401`.',
  ].join('\n'),
};

const meta = {
  title: 'Knowledge/ArticleEditor',
  component: ArticleEditor,
  args: { onSave: fn(), onCancel: fn(), defaultValue: passwordArticle },
  decorators: [(Story) => <div style={{ maxWidth: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof ArticleEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Write: Story = {};

export const Preview: Story = { args: { defaultTab: 'preview' } };

export const Empty: Story = { args: { defaultValue: undefined } };

export const EmptyPreview: Story = {
  args: { defaultValue: { title: 'Neuer Artikel' }, defaultTab: 'preview' },
};

export const Saving: Story = { args: { saving: true } };

export const SaveFailed: Story = {
  args: { error: 'Der Artikel wurde nicht gespeichert: Jemand anderes hat ihn inzwischen geändert.' },
};

/** Raw HTML and a javascript: link in the text come out inert in the preview. */
export const UnsafeInput: Story = {
  args: {
    defaultTab: 'preview',
    defaultValue: {
      title: 'Bitte nicht ausführen',
      body: 'Ein Bild <img src=x onerror=alert(1)> und <script>alert(2)</script>.\n\n[Klick mich](javascript:alert(3))',
    },
  },
};

/** Select a word, make it bold with the toolbar, then save with Ctrl+Enter. */
export const FormatAndSave: Story = {
  args: { defaultValue: { title: 'Lieferzeiten', body: 'Pakete kommen meist nach zwei Tagen.' } },
  play: async ({ canvas, userEvent, args }) => {
    const textarea = canvas.getByRole('textbox', { name: /Artikeltext|Article text/ }) as HTMLTextAreaElement;
    textarea.focus();
    textarea.setSelectionRange(25, 35);
    await userEvent.click(canvas.getByRole('button', { name: /Fett|Bold/ }));
    await waitFor(() => expect(textarea).toHaveValue('Pakete kommen meist nach **zwei Tagen**.'));
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect(args.onSave).toHaveBeenCalledWith({
      title: 'Lieferzeiten',
      body: 'Pakete kommen meist nach **zwei Tagen**.',
    });
  },
};

export const Dark: Story = { globals: { colorMode: 'dark' }, args: { defaultTab: 'preview' } };

export const LongGermanText: Story = {
  args: {
    defaultTab: 'preview',
    defaultValue: {
      title:
        'Datenschutzgrundverordnungskonforme Löschung von Kundenkonten einschließlich aller Bestellhistorien',
      body: [
        '# Voraussetzungen für die endgültige Kontolöschung',
        'Vor der Löschung prüfen Sie offene Bestellungen, laufende Abonnements, ausstehende Gutschriften und die gesetzlichen Aufbewahrungsfristen für Rechnungsunterlagen.',
        '- Rechnungsaufbewahrungspflicht: zehn Jahre',
        '- Widerrufsbelehrungsdokumentation: drei Jahre',
      ].join('\n'),
    },
  },
};
