/**
 * The outbox is the audit trail, so the database itself keeps it append-only: a row may be inserted
 * and, once, marked published (the relay's only write) — every other update, every delete and any
 * truncate is refused by a trigger, whoever sends it (a bug, a console session, a compromised
 * service). Owners of the database can still drop the trigger; that is visible in the schema history.
 */
export const outboxAppendOnlySql = (schema: string) => `
create function "${schema}".outbox_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.published_at is null and new.published_at is not null
     and (new.id, new.type, new.aggregate_type, new.aggregate_id, new.entity, new.actor_id,
          new.request_id, new.before, new.after, new.occurred_at)
         is not distinct from
         (old.id, old.type, old.aggregate_type, old.aggregate_id, old.entity, old.actor_id,
          old.request_id, old.before, old.after, old.occurred_at) then
    return new;
  end if;
  raise exception 'the outbox is append-only: % refused', lower(tg_op)
    using errcode = 'insufficient_privilege';
end $$;
create trigger outbox_append_only before update or delete on "${schema}".outbox_event
  for each row execute function "${schema}".outbox_append_only();
create trigger outbox_no_truncate before truncate on "${schema}".outbox_event
  for each statement execute function "${schema}".outbox_append_only();
`;
