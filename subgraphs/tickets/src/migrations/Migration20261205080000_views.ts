import { Migration } from '@mikro-orm/migrations';

/**
 * Saved ticket views (modules/views): a named ticket filter and order, stored as JSON exactly as the
 * views module parsed it (view-input.ts). `shared_entity` null is a personal view of its owner; an
 * entity code shares it with the staff of that entity who work its tickets. The stored filter is run
 * through the tickets' own list at read time, so the reader's ticket scope always applies.
 */
export class Migration20261205080000_views extends Migration {
  override up(): void {
    this.addSql(`
      create table tickets.ticket_view (
        id uuid primary key,
        owner_id uuid not null,
        shared_entity text check (length(shared_entity) between 1 and 100),
        name text not null check (length(name) between 1 and 80 and name = btrim(name)),
        filter jsonb not null default '{}'::jsonb check (jsonb_typeof(filter) = 'object'),
        order_by jsonb not null check (jsonb_typeof(order_by) = 'object'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index ticket_view_owner on tickets.ticket_view (owner_id, lower(name));
      create index ticket_view_shared on tickets.ticket_view (shared_entity, lower(name))
        where shared_entity is not null;
    `);
  }
}
