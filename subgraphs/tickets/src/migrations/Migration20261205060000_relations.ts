import { Migration } from '@mikro-orm/migrations';

/**
 * How tickets relate: a parent and its children (one request split into parts), links between related
 * tickets (stored once per pair, the smaller id first), and the ticket a duplicate was merged into.
 */
export class Migration20261205060000_relations extends Migration {
  override up(): void {
    this.addSql(`
      alter table tickets.ticket
        add column parent_id uuid references tickets.ticket (id),
        add column merged_into_id uuid references tickets.ticket (id),
        add constraint ticket_not_own_parent check (parent_id <> id),
        add constraint ticket_not_merged_into_itself check (merged_into_id <> id);
      create index ticket_children on tickets.ticket (parent_id, created_at) where parent_id is not null;
      create table tickets.ticket_link (
        ticket_id uuid not null references tickets.ticket (id),
        related_id uuid not null references tickets.ticket (id),
        created_at timestamptz not null default now(),
        primary key (ticket_id, related_id),
        check (ticket_id < related_id)
      );
      create index ticket_link_related on tickets.ticket_link (related_id);
    `);
  }
}
