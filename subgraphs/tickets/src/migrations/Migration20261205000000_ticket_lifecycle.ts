import { Migration } from '@mikro-orm/migrations';

/**
 * What the whole workflow needs on a ticket: resolution notes and when it was resolved and closed,
 * soft deletion, the first public staff reply (SLA and analytics measure it) and whether the
 * customer's latest public message still waits for an answer (an inbox filter, hence its own
 * partial index).
 */
export class Migration20261205000000_ticket_lifecycle extends Migration {
  override up(): void {
    this.addSql(`
      alter table tickets.ticket
        add column resolution_notes text check (length(resolution_notes) <= 10000),
        add column resolved_at timestamptz,
        add column closed_at timestamptz,
        add column deleted_at timestamptz,
        add column first_response_at timestamptz,
        add column awaiting_reply boolean not null default false;
      create index ticket_awaiting_reply_newest on tickets.ticket (entity, created_at desc, id desc)
        where awaiting_reply and deleted_at is null;
    `);
  }
}
