import { Migration } from '@mikro-orm/migrations';

/**
 * Importing from another desk (modules/import): which external ticket became which ticket (unique
 * per entity, so importing a file twice changes nothing), the people an import resolved by email
 * (so the GraphQL import can name them without reading identity's tables), and ticket ratings.
 */
export class Migration20261205070000_import extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.ticket_import (
        entity text not null,
        external_id text not null,
        ticket_id uuid not null references tickets.ticket (id),
        imported_at timestamptz not null default now(),
        primary key (entity, external_id)
      );
      create table tickets.import_person (
        email text primary key,
        user_id uuid not null,
        kind text not null check (kind in ('staff', 'customer'))
      );
      create table tickets.ticket_rating (
        id uuid primary key,
        ticket_id uuid not null references tickets.ticket (id),
        score smallint not null check (score between 1 and 5),
        comment text,
        rated_by_id uuid,
        rated_at timestamptz not null default now()
      );
      create index ticket_rating_ticket on tickets.ticket_rating (ticket_id, rated_at);
    `);
  }
}
