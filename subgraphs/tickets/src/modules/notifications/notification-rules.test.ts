import { describe, expect, it } from '@jest/globals';
import { assignmentRecipients, isStale, messageRecipients } from './notification-rules.ts';

const [AGENT, COLLEAGUE, CUSTOMER, ADMIN] = ['a', 'b', 'c', 'd'];

describe('who is notified', () => {
  it('notifies the mentioned, never the author, and each person once', () => {
    expect(
      messageRecipients(
        { authorId: AGENT, authorType: 'staff', mentionedUserIds: [COLLEAGUE, AGENT, ADMIN] },
        null,
      ),
    ).toEqual([
      { recipientId: COLLEAGUE, kind: 'mentioned' },
      { recipientId: ADMIN, kind: 'mentioned' },
    ]);
    // Staff replying on their own ticket tell nobody; a staff reply does not count as a customer reply.
    expect(messageRecipients({ authorId: AGENT, authorType: 'staff', mentionedUserIds: [] }, AGENT)).toEqual(
      [],
    );
    expect(
      messageRecipients({ authorId: COLLEAGUE, authorType: 'staff', mentionedUserIds: [] }, AGENT),
    ).toEqual([]);
  });

  it('tells the assignee when the customer replies, as mentioned when they were mentioned too', () => {
    expect(
      messageRecipients({ authorId: CUSTOMER, authorType: 'customer', mentionedUserIds: [] }, AGENT),
    ).toEqual([{ recipientId: AGENT, kind: 'customer_replied' }]);
    expect(
      messageRecipients({ authorId: CUSTOMER, authorType: 'customer', mentionedUserIds: [] }, null),
    ).toEqual([]);
    expect(
      messageRecipients({ authorId: CUSTOMER, authorType: 'customer', mentionedUserIds: [AGENT] }, AGENT),
    ).toEqual([{ recipientId: AGENT, kind: 'mentioned' }]);
  });

  it('tells someone newly assigned by someone else, once per change', () => {
    expect(assignmentRecipients(undefined, AGENT, ADMIN)).toEqual([{ recipientId: AGENT, kind: 'assigned' }]);
    expect(assignmentRecipients(COLLEAGUE, AGENT, ADMIN)).toEqual([{ recipientId: AGENT, kind: 'assigned' }]);
    expect(assignmentRecipients(AGENT, AGENT, ADMIN)).toEqual([]);
    expect(assignmentRecipients(AGENT, null, ADMIN)).toEqual([]);
    expect(assignmentRecipients(null, AGENT, AGENT)).toEqual([]);
    expect(assignmentRecipients(undefined, null, null)).toEqual([]);
  });

  it('leaves old history alone', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(isStale('2026-12-05T11:59:00Z', now)).toBe(false);
    expect(isStale('2026-12-03T12:00:00Z', now)).toBe(true);
  });
});
