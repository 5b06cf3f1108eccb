import { Migration } from '@mikro-orm/migrations';

/**
 * Finding tickets: the sort keys of the list and indexes for the inbox queries.
 *
 * Priority and status sort by meaning (urgency, place in the workflow), not alphabetically, so each
 * gets a generated rank column the list orders and pages by. Every list index matches a keyset the
 * list uses — (sort keys…, id), in one direction, scanned either way — and skips deleted tickets,
 * which no ordinary list shows.
 */
export class Migration20261205010000_ticket_finding extends Migration {
  override up(): void {
    this.addSql(`
      alter table tickets.ticket
        add column priority_rank smallint generated always as (
          case priority when 'low' then 0 when 'medium' then 1 when 'high' then 2 when 'urgent' then 3 end
        ) stored,
        add column status_rank smallint generated always as (
          case status
            when 'new' then 0 when 'assigned' then 1 when 'in_progress' then 2
            when 'waiting' then 3 when 'resolved' then 4 when 'closed' then 5
          end
        ) stored;
      create index ticket_live_entity_updated on tickets.ticket (entity, updated_at desc, id desc)
        where deleted_at is null;
      create index ticket_live_entity_priority on tickets.ticket
        (entity, priority_rank desc, created_at desc, id desc) where deleted_at is null;
      create index ticket_live_entity_status_priority on tickets.ticket
        (entity, status, priority_rank desc, created_at desc, id desc) where deleted_at is null;
      create index ticket_live_entity_status_rank on tickets.ticket
        (entity, status_rank desc, created_at desc, id desc) where deleted_at is null;
      create index ticket_live_unassigned on tickets.ticket (entity, created_at desc, id desc)
        where assignee_id is null and deleted_at is null;
      create index ticket_live_assignee_status on tickets.ticket
        (assignee_id, status, created_at desc, id desc) where deleted_at is null;
      create index ticket_deleted on tickets.ticket (entity, created_at desc, id desc)
        where deleted_at is not null;
    `);
  }
}
