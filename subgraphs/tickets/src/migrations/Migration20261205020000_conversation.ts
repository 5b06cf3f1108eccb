import { Migration } from '@mikro-orm/migrations';

/**
 * A ticket's conversation: public replies and internal notes. `position` numbers a ticket's messages
 * in the order they were posted (assigned under the ticket's row lock), so the thread is a keyset on
 * (ticket_id, position) and its order never depends on clocks. The database backs the rules the
 * service keeps: one idempotency key per author, at most one first response per ticket, bounded
 * bodies. Customers read only public replies, hence the partial index for their thread and count.
 */
export class Migration20261205020000_conversation extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.message (
        id uuid primary key,
        ticket_id uuid not null references tickets.ticket (id),
        position integer not null check (position > 0),
        author_id uuid not null,
        author_type text not null check (author_type in ('staff', 'customer')),
        visibility text not null check (visibility in ('public_reply', 'internal_note')),
        body_html text not null check (length(body_html) between 1 and 100000),
        body_text text not null check (length(body_text) between 1 and 100000),
        mentioned_user_ids uuid[] not null default '{}',
        is_first_response boolean not null default false
          check (not is_first_response or (visibility = 'public_reply' and author_type = 'staff')),
        client_mutation_id text check (length(client_mutation_id) between 1 and 100),
        created_at timestamptz not null default now(),
        edited_at timestamptz,
        unique (ticket_id, position)
      );
      create index message_public_thread on tickets.message (ticket_id, position)
        where visibility = 'public_reply';
      create unique index message_idempotency on tickets.message (author_id, client_mutation_id)
        where client_mutation_id is not null;
      create unique index message_first_response on tickets.message (ticket_id) where is_first_response;
    `);
  }
}
