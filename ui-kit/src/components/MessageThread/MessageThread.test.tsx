import { composeStories } from '@storybook/react';
import { screen, within } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { formatFileSize } from './MessageThread.tsx';
import * as stories from './MessageThread.stories.tsx';
import { formatAbsolute, formatRelative } from './RelativeTime.tsx';

testStories(stories);

const { Conversation } = composeStories(stories);

test('internal notes differ from public replies in words, icon, border and indent, not colour alone', async () => {
  const canvas = await runStory(Conversation, { locale: 'en' });
  const [customer, note, reply] = screen.getAllByRole('article');
  expect(customer).toHaveAccessibleName('Lena Hofmann: Public reply');
  expect(note).toHaveAccessibleName('Mara Lindqvist: Internal note');
  expect(reply).toHaveAccessibleName('Jonas Weber: Public reply');
  expect(within(note!).getByText('Only visible to agents')).toBeInTheDocument();
  expect(within(reply!).queryByText('Only visible to agents')).not.toBeInTheDocument();
  expect(canvas.querySelectorAll('li[data-kind=internal]')).toHaveLength(1);
});

test('shows relative and absolute time from the shared clock', async () => {
  await runStory(Conversation, { locale: 'de' });
  const times = document.querySelectorAll('time');
  expect(times[2]).toHaveTextContent('vor 4 Minuten · 10.03.2025, 09:56');
  expect(times[2]).toHaveAttribute('datetime', '2025-03-10T08:56:00.000Z');
  expect(times[0]).toHaveTextContent(/^gestern/);
});

test('attachments are download links with name and size', async () => {
  await runStory(Conversation, { locale: 'en' });
  const link = screen.getByRole('link', { name: /Screenshot Kursübersicht\.png, 1\.4 MB/ });
  expect(link).toHaveAttribute('download', 'Screenshot Kursübersicht.png');
  expect(screen.getAllByRole('list', { name: 'Attachments' })).toHaveLength(2);
});

test('message HTML from the API is sanitized before it is shown', async () => {
  await runStory(Conversation, {
    locale: 'en',
    args: {
      messages: [
        {
          id: 'x',
          kind: 'public',
          author: { name: 'Eve', role: 'customer' },
          bodyHtml:
            '<p>Hi<img src=x onerror=alert(1)><a href="javascript:alert(1)">link</a></p><script>alert(1)</script>',
          createdAt: '2025-03-10T08:00:00Z',
        },
      ],
    },
  });
  expect(document.querySelector('img, script, [onerror]')).toBeNull();
  expect(document.querySelector('a[href^="javascript"]')).toBeNull();
});

test('formatters', () => {
  const now = Date.parse('2025-03-10T09:00:00Z');
  expect(formatRelative(now - 30_000, now, 'en-GB')).toBe('now');
  expect(formatRelative(now - 2 * 3_600_000, now, 'de-DE')).toBe('vor 2 Stunden');
  expect(formatRelative(now + 3 * 86_400_000, now, 'en-GB')).toBe('in 3 days');
  expect(formatAbsolute(now, 'en-GB', 'UTC')).toBe('10 Mar 2025, 09:00');
  expect(formatFileSize(812, 'de-DE')).toBe('812 Byte');
  expect(formatFileSize(1_468_006, 'de-DE')).toBe('1,4 MB');
});
