import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notifications for staff (modules/notifications), written by the `notifications` consumer
 * of the tickets subgraph's own events on the bus.
 *
 * - `notification`: one per recipient and reason. `(source_event_id, recipient_id, kind)` is unique,
 *   so handling a bus event twice writes nothing twice. `ticket_id` references the ticket: reading
 *   joins the reader's ticket scope, so a notification about a ticket they can no longer read is
 *   never shown (nor counted).
 * - `notification_ticket_assignee`: the consumer's memory of each ticket's assignee. Bus payloads carry
 *   the state after a change only, so "assigned to you" is a change against this row.
 */
export class Migration20261205090000_notifications extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.notification (
        id uuid primary key,
        recipient_id uuid not null,
        kind text not null check (kind in ('mentioned', 'assigned', 'customer_replied')),
        ticket_id uuid not null references tickets.ticket (id),
        entity text not null,
        actor_id uuid,
        message_id uuid,
        source_event_id bigint not null,
        read_at timestamptz,
        created_at timestamptz not null default now(),
        unique (source_event_id, recipient_id, kind)
      );
      create index notification_inbox on tickets.notification (recipient_id, created_at desc, id desc);
      create index notification_unread on tickets.notification (recipient_id, created_at desc, id desc)
        where read_at is null;
      create index notification_ticket on tickets.notification (ticket_id);

      create table tickets.notification_ticket_assignee (
        ticket_id uuid primary key,
        assignee_id uuid
      );
    `);
  }
}
