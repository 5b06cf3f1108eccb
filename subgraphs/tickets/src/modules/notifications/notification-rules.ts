import type { NotificationKind } from './notification.entity.ts';

/**
 * Who is notified of what: pure rules over an event and the ticket as the consumer sees it.
 * Nobody is notified about their own doing.
 */
export interface Recipient {
  recipientId: string;
  kind: NotificationKind;
}

/** Events older than this (a consumer catching up on history) change state but notify nobody. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export const isStale = (occurredAt: string, now: Date) =>
  now.getTime() - Date.parse(occurredAt) > STALE_AFTER_MS;

/**
 * A new message: every mentioned staff member; and, when a customer wrote it, the ticket's assignee
 * ("a customer replied on your ticket"). One notification per person: a mentioned assignee is told
 * once, as mentioned.
 */
export function messageRecipients(
  message: { authorId: string; authorType: 'staff' | 'customer'; mentionedUserIds: readonly string[] },
  assigneeId: string | null,
): Recipient[] {
  const recipients = new Map<string, NotificationKind>();
  for (const id of message.mentionedUserIds) if (id !== message.authorId) recipients.set(id, 'mentioned');
  if (
    message.authorType === 'customer' &&
    assigneeId &&
    assigneeId !== message.authorId &&
    !recipients.has(assigneeId)
  )
    recipients.set(assigneeId, 'customer_replied');
  return [...recipients].map(([recipientId, kind]) => ({ recipientId, kind }));
}

/**
 * A ticket's assignee after a change, against the one the consumer last saw (`undefined`: never saw
 * the ticket). Someone newly assigned is told, unless they assigned it to themselves.
 */
export function assignmentRecipients(
  seen: string | null | undefined,
  now: string | null,
  actorId: string | null,
): Recipient[] {
  if (!now || now === seen || now === actorId) return [];
  return [{ recipientId: now, kind: 'assigned' }];
}
