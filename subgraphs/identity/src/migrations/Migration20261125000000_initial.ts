import { Migration } from '@mikro-orm/migrations';
import { outboxMigrationSql } from '@lotse/kernel/events/outbox';
import { outboxTriggerSql } from '@lotse/kernel/events/relay';

/** The identity schema: entities, users and their role grants, teams, sessions, API tokens, login attempts. */
export class Migration20261125000000_initial extends Migration {
  override up(): void {
    this.addSql(`
      create extension if not exists citext;
      create table identity.entity (
        code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
        prefix text not null unique check (prefix ~ '^[A-Z]{2,4}$'),
        name text not null check (length(name) between 1 and 100),
        created_at timestamptz not null default now()
      );
      create table identity.app_user (
        id uuid primary key default gen_random_uuid(),
        email citext not null unique,
        name text not null,
        type text not null check (type in ('staff', 'customer')),
        password_hash text,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index app_user_newest on identity.app_user (created_at desc, id desc);
      create table identity.role_grant (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.app_user (id) on delete cascade,
        role text not null,
        entity text references identity.entity (code)
      );
      create unique index role_grant_unique on identity.role_grant (user_id, role, coalesce(entity, ''));
      create index role_grant_entity on identity.role_grant (entity, user_id);
      create table identity.team (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        entity text not null references identity.entity (code),
        created_at timestamptz not null default now(),
        unique (entity, name)
      );
      create table identity.team_member (
        team_id uuid not null references identity.team (id) on delete cascade,
        user_id uuid not null references identity.app_user (id) on delete cascade,
        primary key (team_id, user_id)
      );
      create index team_member_user on identity.team_member (user_id);
      create table identity.session (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.app_user (id) on delete cascade,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz
      );
      create table identity.api_token (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.app_user (id) on delete cascade,
        name text not null,
        prefix text not null,
        token_hash text not null unique,
        roles jsonb not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      create index api_token_owner on identity.api_token (user_id, created_at desc);
      create table identity.login_attempt (
        id bigint generated always as identity primary key,
        email citext not null,
        client_ip text not null,
        succeeded boolean not null,
        attempted_at timestamptz not null default now()
      );
      create index login_attempt_recent on identity.login_attempt (email, attempted_at desc);
      ${outboxMigrationSql('identity')}
      ${outboxTriggerSql('identity')}
    `);
  }
}
