import { Migration } from '@mikro-orm/migrations';

/**
 * Sorting tickets: categories, tags and canned responses (modules/categories, tags, canned-responses).
 *
 * - `category`: a tree per entity, or shared by every entity (`entity` null). `path_ids` is the
 *   materialized path (the ids from the root down to the category itself), so "this category and
 *   everything below it" is one indexed `path_ids @> array[id]`, and the depth is its length (at most
 *   5). Names are unique among live siblings, case-insensitively. Archived categories stay on the
 *   tickets that have them.
 * - `tag` (one row per entity and normalized name, with how many tickets carry it) and `ticket_tag`.
 * - `canned_response`: sanitized HTML and its plain text, an optional `/shortcut` unique per entity, a
 *   generated full-text vector (English and German stemming, title weighted over body) and trigrams
 *   on the title, for search and for suggestions.
 */
export class Migration20261205030000_taxonomy extends Migration {
  override up(): void {
    this.addSql(`
      create extension if not exists pg_trgm with schema public;

      create table tickets.category (
        id uuid primary key,
        entity text check (length(entity) between 1 and 100),
        parent_id uuid references tickets.category (id),
        name text not null
          check (length(name) between 1 and 80 and strpos(name, '/') = 0 and name = btrim(name)),
        path_ids uuid[] not null
          check (cardinality(path_ids) between 1 and 5 and path_ids[cardinality(path_ids)] = id),
        default_assignee_id uuid,
        archived_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((parent_id is null) = (cardinality(path_ids) = 1))
      );
      create unique index category_sibling_name on tickets.category
        (coalesce(entity, ''), coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
        where archived_at is null;
      create index category_entity on tickets.category (entity, parent_id);
      create index category_parent on tickets.category (parent_id);
      create index category_path on tickets.category using gin (path_ids);

      alter table tickets.ticket add column category_id uuid references tickets.category (id);
      create index ticket_live_category on tickets.ticket (category_id, created_at desc, id desc)
        where deleted_at is null and category_id is not null;

      create table tickets.tag (
        id uuid primary key,
        entity text not null,
        name text not null check (length(name) between 1 and 50 and name = lower(name)),
        use_count integer not null default 0 check (use_count >= 0),
        created_at timestamptz not null default now(),
        unique (entity, name)
      );
      create index tag_popular on tickets.tag (entity, use_count desc, name);
      create index tag_prefix on tickets.tag (entity, name text_pattern_ops);

      create table tickets.ticket_tag (
        ticket_id uuid not null references tickets.ticket (id),
        tag_id uuid not null references tickets.tag (id),
        created_at timestamptz not null default now(),
        primary key (ticket_id, tag_id)
      );
      create index ticket_tag_by_tag on tickets.ticket_tag (tag_id, ticket_id);

      create table tickets.canned_response (
        id uuid primary key,
        entity text not null,
        category_id uuid references tickets.category (id),
        title text not null check (length(title) between 1 and 200),
        body_html text not null check (length(body_html) between 1 and 20000),
        body_text text not null check (length(body_text) between 1 and 20000),
        shortcut text check (shortcut ~ '^/[a-z0-9][a-z0-9_-]{0,29}$'),
        usage_count integer not null default 0 check (usage_count >= 0),
        created_by_id uuid not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        search_vector tsvector generated always as (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('german', title), 'A')
          || setweight(to_tsvector('english', body_text), 'B') || setweight(to_tsvector('german', body_text), 'B')
        ) stored
      );
      create unique index canned_response_shortcut on tickets.canned_response (entity, shortcut)
        where shortcut is not null;
      create index canned_response_newest on tickets.canned_response (entity, created_at desc, id desc);
      create index canned_response_category on tickets.canned_response (category_id);
      create index canned_response_search on tickets.canned_response using gin (search_vector);
      create index canned_response_title_trigram on tickets.canned_response
        using gin (title public.gin_trgm_ops);
    `);
  }
}
