import type pg from 'pg';
import type { BusEvent } from '@lotse/kernel/events/bus';
import { on, type ConsumerDefinition } from '@lotse/kernel/events/consumer';
import { messageAdded, type MessagePayload } from '../conversation/message-events.ts';
import {
  ticketCreated,
  ticketStatusChanged,
  ticketUpdated,
  type TicketSnapshot,
} from '../tickets/ticket-event.ts';
import { notificationAdded } from './notification-events.ts';
import { assignmentRecipients, isStale, messageRecipients, type Recipient } from './notification-rules.ts';

/**
 * The tickets subgraph's consumer of its own events on the bus (`ticket.created`, `ticket.updated`,
 * `ticket.status_changed`, `ticket.message_added`), writing in-app notifications. Durable and
 * idempotent: the runtime moves its position in the same transaction as these writes, and
 * `(source_event_id, recipient_id, kind)` is unique, so an event handled twice notifies nobody twice.
 *
 * Recipients are decided here, access is not: a notification names a ticket, and whether its
 * recipient may still read that ticket is decided when they read it (notifications-access.ts). For
 * each recipient who got something new, one `notification.added` outbox event (aggregate
 * `NotificationInbox`, id = the recipient) wakes their live `notificationAdded` subscriptions
 * through the relay, on every replica.
 */
async function ticketRow(client: pg.PoolClient, ticketId: string) {
  const { rows } = await client.query<{ entity: string; assignee_id: string | null }>(
    'select entity, assignee_id from tickets.ticket where id = $1',
    [ticketId],
  );
  return rows[0] ?? null;
}

async function notify(
  client: pg.PoolClient,
  event: BusEvent,
  ticket: { id: string; entity: string },
  recipients: Recipient[],
  messageId: string | null,
): Promise<void> {
  if (!recipients.length || isStale(event.occurredAt, new Date())) return;
  const { rows } = await client.query<{ id: string; recipient_id: string }>(
    `insert into tickets.notification
       (id, recipient_id, kind, ticket_id, entity, actor_id, message_id, source_event_id, created_at)
     select gen_random_uuid(), r.recipient_id, r.kind, $1, $2, $3, $4, $5, clock_timestamp()
     from unnest($6::uuid[], $7::text[]) as r (recipient_id, kind)
     on conflict (source_event_id, recipient_id, kind) do nothing
     returning id, recipient_id`,
    [
      ticket.id,
      ticket.entity,
      event.actorId,
      messageId,
      event.id,
      recipients.map((r) => r.recipientId),
      recipients.map((r) => r.kind),
    ],
  );
  for (const row of rows) {
    await client.query(
      `insert into tickets.outbox_event (type, aggregate_type, aggregate_id, entity, after)
       values ($1, 'NotificationInbox', $2, $3, $4)`,
      [
        notificationAdded.type,
        row.recipient_id,
        ticket.entity,
        JSON.stringify({ notificationId: row.id, ticketId: ticket.id }),
      ],
    );
  }
}

export async function applyMessageAdded(
  client: pg.PoolClient,
  message: MessagePayload,
  event: BusEvent,
): Promise<void> {
  const ticket = await ticketRow(client, message.ticketId);
  if (!ticket) return;
  const recipients = messageRecipients(message, ticket.assignee_id);
  await notify(client, event, { id: message.ticketId, entity: ticket.entity }, recipients, message.messageId);
}

/** Remembers the ticket's assignee; someone newly assigned (by someone else) is notified. */
export async function applyTicketChanged(
  client: pg.PoolClient,
  snapshot: TicketSnapshot,
  event: BusEvent,
): Promise<void> {
  const ticketId = event.aggregateId;
  const { rows } = await client.query<{ assignee_id: string | null }>(
    'select assignee_id from tickets.notification_ticket_assignee where ticket_id = $1 for update',
    [ticketId],
  );
  // A ticket never seen had nobody assigned: only tickets that were ever assigned take a row.
  const seen = rows[0]?.assignee_id ?? null;
  const now = snapshot.assigneeId ?? null;
  if (seen === now) return;
  await client.query(
    `insert into tickets.notification_ticket_assignee (ticket_id, assignee_id) values ($1, $2)
     on conflict (ticket_id) do update set assignee_id = excluded.assignee_id`,
    [ticketId, now],
  );
  const recipients = assignmentRecipients(seen, now, event.actorId);
  if (!recipients.length || !event.entity) return;
  await notify(client, event, { id: ticketId, entity: event.entity }, recipients, null);
}

export const notificationWriter: ConsumerDefinition = {
  name: 'notifications',
  handlers: [
    on(ticketCreated, applyTicketChanged),
    on(ticketUpdated, applyTicketChanged),
    on(ticketStatusChanged, applyTicketChanged),
    on(messageAdded, applyMessageAdded),
  ],
};
