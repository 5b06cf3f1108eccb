import type { Meta, StoryObj } from '@storybook/react';
import { FrozenClock } from '../../clock/use-now.tsx';
import { sampleNow } from '../TicketTable/sample-tickets.ts';
import { MessageThread } from './MessageThread.tsx';
import type { ThreadMessage } from './MessageThread.tsx';

const minutesAgo = (minutes: number) => new Date(sampleNow.getTime() - minutes * 60_000).toISOString();

const conversation: ThreadMessage[] = [
  {
    id: 'm1',
    kind: 'public',
    author: { name: 'Lena Hofmann', role: 'customer' },
    bodyHtml: '<p>Hallo, mein Kurszugang fehlt seit dem Kauf gestern. Die Rechnung hängt an.</p>',
    createdAt: minutesAgo(26 * 60),
    attachments: [{ id: 'f1', name: 'Rechnung-2025-0142.pdf', size: 184_320, url: '#rechnung' }],
  },
  {
    id: 'm2',
    kind: 'internal',
    author: { name: 'Mara Lindqvist', role: 'agent', presence: 'online' },
    bodyHtml:
      '<p><span class="mention" data-type="mention" data-id="a2">@Jonas Weber</span> Zahlung ist eingegangen, bitte Zugang manuell freischalten.</p>',
    createdAt: minutesAgo(90),
  },
  {
    id: 'm3',
    kind: 'public',
    author: { name: 'Jonas Weber', role: 'agent', presence: 'busy' },
    bodyHtml:
      '<p>Guten Tag Frau Hofmann,</p><p>Ihr Zugang ist jetzt <strong>freigeschaltet</strong>. Anleitung: <a href="https://example.org/hilfe">example.org/hilfe</a></p>',
    createdAt: minutesAgo(4),
    attachments: [
      { id: 'f2', name: 'Screenshot Kursübersicht.png', size: 1_468_006, url: '#screenshot' },
      { id: 'f3', name: 'Anleitung.txt', size: 812, url: '#anleitung' },
    ],
  },
];

const meta = {
  title: 'Tickets/MessageThread',
  component: MessageThread,
  decorators: [
    (Story) => (
      <FrozenClock at={sampleNow}>
        <Story />
      </FrozenClock>
    ),
  ],
  args: { messages: conversation, timeZone: 'Europe/Berlin' },
} satisfies Meta<typeof MessageThread>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Conversation: Story = {};
export const Empty: Story = { args: { messages: [] } };
export const OnlyInternalNotes: Story = {
  args: { messages: conversation.filter((m) => m.kind === 'internal') },
};
export const LongGermanText: Story = {
  args: {
    messages: [
      {
        id: 'l1',
        kind: 'internal',
        author: { name: 'Maximiliane Großkopf-Schwarzenberger', role: 'agent', presence: 'away' },
        bodyHtml:
          '<p>Rückfrage an die Buchhaltungsabteilung wegen Rückerstattungsanspruchsprüfung und Lastschrifteinzugsermächtigungswiderruf ist unterwegs.</p>',
        createdAt: minutesAgo(3 * 24 * 60),
        attachments: [
          {
            id: 'l2',
            name: 'Rückerstattungsanspruchsbestätigungsschreiben-Entwurf.docx',
            size: 52_000,
            url: '#',
          },
        ],
      },
    ],
  },
};
export const Dark: Story = { globals: { colorMode: 'dark' } };
