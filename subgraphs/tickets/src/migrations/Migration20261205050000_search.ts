import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over tickets and their messages. German and English stemming both (the brands
 * write in both), `simple` for words no stemmer knows (names, product codes), `unaccent` so
 * "Passworter" finds "Passwörter", and trigrams for typos in titles and for ticket numbers.
 * `websearch_to_tsquery` reads any user text without syntax errors. The vectors are generated
 * columns, so they can never disagree with the text.
 */
export class Migration20261205050000_search extends Migration {
  override up(): void {
    this.addSql(`
      create extension if not exists unaccent with schema public;
      create extension if not exists pg_trgm with schema public;
      create function tickets.search_text(text) returns text
        language sql immutable parallel safe strict
        as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
      create function tickets.search_vector(text, "char") returns tsvector
        language sql immutable parallel safe
        as $$ select setweight(to_tsvector('german', tickets.search_text(coalesce($1, ''))), $2)
                  || setweight(to_tsvector('english', tickets.search_text(coalesce($1, ''))), $2)
                  || setweight(to_tsvector('simple', tickets.search_text(coalesce($1, ''))), $2) $$;
      create function tickets.search_query(text) returns tsquery
        language sql immutable parallel safe strict
        as $$ select websearch_to_tsquery('german', tickets.search_text($1))
                  || websearch_to_tsquery('english', tickets.search_text($1))
                  || websearch_to_tsquery('simple', tickets.search_text($1)) $$;
      alter table tickets.ticket add column search_vector tsvector
        generated always as (tickets.search_vector(title, 'A') || tickets.search_vector(description, 'B')) stored;
      create index ticket_search on tickets.ticket using gin (search_vector);
      create index ticket_title_trigram on tickets.ticket using gin (title public.gin_trgm_ops);
      alter table tickets.message add column search_vector tsvector
        generated always as (tickets.search_vector(body_text, 'C')) stored;
      create index message_search on tickets.message using gin (search_vector);
    `);
  }
}
