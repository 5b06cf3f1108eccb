import { Migration } from '@mikro-orm/migrations';
import { outboxMigrationSql } from '@lotse/kernel/events/outbox';
import { outboxTriggerSql } from '@lotse/kernel/events/relay';

/**
 * The tickets schema. The list indexes match the list query's keyset (newest first) under each
 * filter it offers, so a page costs the same at 10k and at 1M tickets.
 */
export class Migration20261125000000_initial extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.ticket (
        id uuid primary key default gen_random_uuid(),
        number text not null unique,
        entity text not null,
        title text not null check (length(title) between 1 and 200),
        description text not null check (length(description) between 1 and 50000),
        status text not null default 'new'
          check (status in ('new', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed')),
        priority text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
        created_by_id uuid not null,
        assignee_id uuid,
        client_mutation_id text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index ticket_newest on tickets.ticket (created_at desc, id desc);
      create index ticket_entity_status_newest on tickets.ticket (entity, status, created_at desc, id desc);
      create index ticket_entity_newest on tickets.ticket (entity, created_at desc, id desc);
      create index ticket_assignee_newest on tickets.ticket (assignee_id, created_at desc, id desc);
      create index ticket_creator_newest on tickets.ticket (created_by_id, created_at desc, id desc);
      create unique index ticket_idempotency on tickets.ticket (created_by_id, client_mutation_id)
        where client_mutation_id is not null;
      create table tickets.ticket_number_sequence (
        entity text not null,
        year integer not null,
        last_value integer not null,
        primary key (entity, year)
      );
      ${outboxMigrationSql('tickets')}
      ${outboxTriggerSql('tickets')}
    `);
  }
}
