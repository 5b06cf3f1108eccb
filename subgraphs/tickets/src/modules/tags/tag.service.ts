import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { reaches } from '@lotse/kernel/policy/scope';
import { lockLiveTicket } from '../categories/ticket-change.ts';
import { loadBatched } from '../categories/request-batch.ts';
import { assertCan } from '../tickets/ticket-access.ts';
import type { TicketEntity } from '../tickets/ticket.entity.ts';
import { ticketTagsChanged } from './tag-events.ts';
import { likePrefix, normalizePrefix, normalizeTags, tagChanges } from './tag-input.ts';
import { TagSchema, type TagEntity } from './tag.entity.ts';
import { tagReaders } from './tags-access.ts';

export const AUTOCOMPLETE_MAX = 50;

const schemaOf = (em: EntityManager) => em.config.get('schema');

/** A PostgreSQL array literal of the texts, each quoted (the driver would expand a JavaScript array). */
const textArray = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** The tags of several tickets, sorted, in one query. Ids are validated UUIDs (tickets' own ids). */
async function tagsOfTickets(em: EntityManager, ticketIds: string[]): Promise<Map<string, string[]>> {
  const schema = schemaOf(em);
  const rows = await em.execute<{ ticket_id: string; name: string }[]>(
    `select tt.ticket_id, g.name from "${schema}".ticket_tag tt join "${schema}".tag g on g.id = tt.tag_id
     where tt.ticket_id = any(?::uuid[]) order by g.name`,
    [`{${ticketIds.join(',')}}`],
  );
  const byTicket = new Map<string, string[]>();
  for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), row.name]);
  return byTicket;
}

/** A ticket's tags (batched across a list), for staff who read the ticket's entity; [] for anyone else. */
export async function ticketTags(context: SubgraphContext, ticket: Pick<TicketEntity, 'id' | 'entity'>) {
  if (!reaches(tagReaders(context), ticket.entity)) return [];
  return (await loadBatched(context, 'tags', ticket.id, (ids) => tagsOfTickets(context.em, ids))) ?? [];
}

/** Tags of an entity starting with `prefix`, most used first, for autocomplete. */
export async function listTags(
  context: SubgraphContext,
  entity: string,
  prefix: string | null | undefined,
  first: number | null | undefined,
): Promise<TagEntity[]> {
  const size = first ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > AUTOCOMPLETE_MAX)
    throw badInput(`first must be between 1 and ${AUTOCOMPLETE_MAX}.`, 'first');
  const start = prefix ? normalizePrefix(prefix) : '';
  if (!reaches(tagReaders(context), entity)) return [];
  return context.em.find(
    TagSchema,
    { entity, useCount: { $gt: 0 }, ...(start ? { name: { $like: likePrefix(start) } } : {}) },
    { orderBy: { useCount: 'desc', name: 'asc' }, limit: size },
  );
}

/** Links the tags to the ticket, creating them in its entity as needed, and counts each use. */
export async function attachTags(tx: EntityManager, ticket: TicketEntity, names: string[]) {
  if (!names.length) return;
  const schema = schemaOf(tx);
  await tx.execute(
    `with used as (
       insert into "${schema}".tag (id, entity, name, use_count)
       select gen_random_uuid(), ?, name, 1 from unnest(?::text[]) as name
       on conflict (entity, name) do update set use_count = tag.use_count + 1
       returning id
     )
     insert into "${schema}".ticket_tag (ticket_id, tag_id) select ?, id from used`,
    [ticket.entity, textArray(names), ticket.id],
  );
}

async function detach(tx: EntityManager, ticket: TicketEntity, names: string[]) {
  if (!names.length) return;
  const schema = schemaOf(tx);
  await tx.execute(
    `with gone as (
       delete from "${schema}".ticket_tag tt using "${schema}".tag g
       where tt.tag_id = g.id and tt.ticket_id = ? and g.name = any(?::text[])
       returning g.id
     )
     update "${schema}".tag set use_count = use_count - 1 where id in (select id from gone)`,
    [ticket.id, textArray(names)],
  );
}

/**
 * Adds and removes a ticket's tags (`support.tickets.update`) under the ticket's row lock, and
 * records `ticket.tags_changed` with the tags before and after, in one transaction. A call that
 * changes nothing records nothing.
 */
export function tagTicket(
  context: SubgraphContext,
  ticketId: string,
  add: readonly string[] | null | undefined,
  remove: readonly string[] | null | undefined,
): Promise<TicketEntity> {
  const adding = normalizeTags(add ?? [], 'add');
  const removing = normalizeTags(remove ?? [], 'remove');
  return context.em.transactional(async (tx) => {
    const ticket = await lockLiveTicket(tx, context, ticketId);
    assertCan(context, 'update', ticket);
    const current = (await tagsOfTickets(tx, [ticket.id])).get(ticket.id) ?? [];
    const { next, added, removed } = tagChanges(current, adding, removing);
    if (!added.length && !removed.length) return ticket;
    await attachTags(tx, ticket, added);
    await detach(tx, ticket, removed);
    ticket.updatedAt = new Date();
    await tx.flush();
    await ticketTagsChanged.record(tx, context.internal, {
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before: { tags: current },
      after: { tags: next },
    });
    return ticket;
  });
}
