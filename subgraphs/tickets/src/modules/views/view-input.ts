import { badInput } from '@lotse/kernel/errors';
import { isUuid } from '@lotse/kernel/graphql/pagination';
import { normalizeTag } from '../tags/tag-input.ts';
import { ticketPriorities, ticketStatuses } from '../tickets/ticket.entity.ts';
import type { TicketFilter, TicketOrder, TicketOrderField } from '../tickets/ticket.service.ts';

/**
 * What callers send for a saved view, parsed into what is stored. Pure rules. A view's filter and
 * order go through the same rules as `Query.tickets` takes them (the GraphQL input types
 * `TicketFilter`/`TicketOrder`, then these checks, then a dry run of the tickets' list in the
 * service); the stored JSON is parsed again with `parseViewFilter`/`parseViewOrder` whenever a view
 * is read, so a row written by an older version can never slip past today's rules.
 */
export const NAME_MAX = 80;
export const VIEWS_PER_OWNER_MAX = 100;

const ORDER_FIELDS: readonly TicketOrderField[] = ['CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'STATUS'];
const ID_FIELDS = ['assigneeId', 'createdById', 'categoryId'] as const;
const FLAG_FIELDS = ['unassigned', 'assignedToMe', 'awaitingReply', 'deleted'] as const;
const INSTANT_FIELDS = ['createdAfter', 'createdBefore', 'updatedAfter', 'updatedBefore'] as const;
const KNOWN = new Set<string>([
  'entity',
  'status',
  'priority',
  'tag',
  ...ID_FIELDS,
  ...FLAG_FIELDS,
  ...INSTANT_FIELDS,
]);

export function cleanViewName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > NAME_MAX)
    throw badInput(`name must be 1–${NAME_MAX} characters.`, 'name');
  return name;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueList<T extends string>(value: unknown, allowed: readonly T[], field: string): T[] {
  if (!Array.isArray(value) || value.some((item) => !allowed.includes(item as T)))
    throw badInput(`${field} must be a list of ${allowed.join(', ')}.`, field);
  return [...new Set(value as T[])];
}

/**
 * A ticket filter as stored: only known fields, nulls and empty lists dropped, ids checked, instants
 * as ISO 8601, the tag normalized. BAD_USER_INPUT names the field (`filter.status`, …).
 */
export function parseViewFilter(raw: unknown): TicketFilter {
  if (raw == null) return {};
  if (!isRecord(raw)) throw badInput('filter must be an object.', 'filter');
  const filter: TicketFilter = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = `filter.${key}`;
    if (!KNOWN.has(key)) throw badInput(`${key} is not a ticket filter field.`, field);
    if (value == null) continue;
    if (key === 'entity') {
      if (typeof value !== 'string' || value.length < 1 || value.length > 100)
        throw badInput('entity must be an entity code.', field);
      filter.entity = value;
    } else if (key === 'status') {
      const list = valueList(value, ticketStatuses, field);
      if (list.length) filter.status = list;
    } else if (key === 'priority') {
      const list = valueList(value, ticketPriorities, field);
      if (list.length) filter.priority = list;
    } else if (key === 'tag') {
      if (typeof value !== 'string') throw badInput('tag must be a tag.', field);
      filter.tag = normalizeTag(value, field);
    } else if ((ID_FIELDS as readonly string[]).includes(key)) {
      if (typeof value !== 'string' || !isUuid(value)) throw badInput(`${key} is not a valid id.`, field);
      filter[key as (typeof ID_FIELDS)[number]] = value;
    } else if ((FLAG_FIELDS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') throw badInput(`${key} must be true or false.`, field);
      filter[key as (typeof FLAG_FIELDS)[number]] = value;
    } else {
      const date = typeof value === 'string' || value instanceof Date ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw badInput(`${key} is not a valid DateTime.`, field);
      filter[key as (typeof INSTANT_FIELDS)[number]] = date.toISOString();
    }
  }
  return filter;
}

/** A ticket order as stored: a known field and a direction (DESC when omitted). */
export function parseViewOrder(raw: unknown): TicketOrder {
  if (raw == null) return { field: 'CREATED_AT', direction: 'DESC' };
  if (!isRecord(raw) || !ORDER_FIELDS.includes(raw.field as TicketOrderField))
    throw badInput('orderBy.field is not a sort ticket lists offer.', 'orderBy');
  const direction = raw.direction ?? 'DESC';
  if (direction !== 'ASC' && direction !== 'DESC')
    throw badInput('orderBy.direction must be ASC or DESC.', 'orderBy');
  return { field: raw.field as TicketOrderField, direction };
}

/**
 * The filter a view runs with: a shared view only ever lists tickets of the entity it is shared
 * with (whatever its reader may read elsewhere); a personal view runs as saved.
 */
export function effectiveFilter(filter: TicketFilter, sharedEntity: string | null): TicketFilter {
  return sharedEntity ? { ...filter, entity: sharedEntity } : filter;
}
