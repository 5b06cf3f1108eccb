import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import {
  afterKeyset,
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
} from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { categoryFilterWhere } from '../categories/category-filter.ts';
import { chosenCategory } from '../categories/category.service.ts';
import { assertCan, liveTickets } from '../tickets/ticket-access.ts';
import { TicketSchema, type TicketEntity } from '../tickets/ticket.entity.ts';
import {
  cannedResponseCreated,
  cannedResponseDeleted,
  cannedResponseUpdated,
  cannedResponseUsed,
  type CannedResponseSnapshot,
} from './canned-response-events.ts';
import {
  cleanCannedBody,
  cleanCannedTitle,
  cleanSearch,
  cleanShortcut,
  fillPlaceholders,
  type Placeholder,
} from './canned-response-input.ts';
import { CannedResponseSchema, type CannedResponseEntity } from './canned-response.entity.ts';
import { assertManagesCanned, usableCannedResponses } from './canned-responses-access.ts';

export type CannedResponsePage = Connection<CannedResponseEntity>;

/** A canned response filled in for a ticket (schema: RenderedCannedResponse). */
export interface RenderedCannedResponseView {
  cannedResponse: CannedResponseEntity;
  ticket: TicketEntity;
  bodyHtml: string;
  bodyText: string;
  unfilledPlaceholders: Placeholder[];
}

export const SUGGESTIONS_MAX = 20;

const schemaOf = (em: EntityManager) => em.config.get('schema');

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The condition of a search: a shortcut prefix (`/ref`), or words and title fragments. */
function searchWhere(search: string) {
  if (search.startsWith('/')) return { shortcut: { $like: `${literal(search.toLowerCase())}%` } };
  return {
    [raw(
      (alias) =>
        `(${alias}.search_vector @@ (websearch_to_tsquery('english', ?) || websearch_to_tsquery('german', ?))
          or ${alias}.title ilike ?)`,
      [search, search, `%${literal(search)}%`],
    )]: [],
  };
}

/** Canned responses of an entity the caller may use, newest first, keyset-paginated. */
export async function listCannedResponses(
  context: SubgraphContext,
  args: {
    entity: string;
    search?: string | null;
    categoryId?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<CannedResponsePage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const search = cleanSearch(args.search);
  const category = args.categoryId ? categoryFilterWhere(context.em, args.categoryId, 'categoryId') : {};
  const scope = usableCannedResponses(context, args.entity);
  if (scope.kind === 'none') return toConnection<CannedResponseEntity>([], size, async () => 0);
  const where = { $and: [{ entity: args.entity }, scope.where, category, search ? searchWhere(search) : {}] };
  const rows = await context.em.find(
    CannedResponseSchema,
    after ? { $and: [where, afterKeyset(after)] } : where,
    {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
    },
  );
  return toConnection(rows, size, () => context.em.count(CannedResponseSchema, where));
}

/** A live ticket within the caller's reach, or null (same answer as a missing id). */
async function readableTicket(em: EntityManager, context: SubgraphContext, id: string) {
  const scope = liveTickets(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return em.findOne(TicketSchema, { $and: [{ id }, scope.where] });
}

/**
 * The canned responses of the ticket's entity most similar to the ticket: full-text rank of the
 * ticket's title and description (its English and German word stems, any of them) against each
 * response's title and body, plus the trigram similarity of the titles. Responses of the ticket's
 * category or one of its ancestors come first; only responses that match at all are suggested.
 */
export async function suggestCannedResponses(
  context: SubgraphContext,
  ticketId: string,
  first: number | null | undefined,
): Promise<CannedResponseEntity[]> {
  const size = first ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > SUGGESTIONS_MAX)
    throw badInput(`first must be between 1 and ${SUGGESTIONS_MAX}.`, 'first');
  const ticket = await readableTicket(context.em, context, ticketId);
  if (!ticket || !mayUpdate(context, ticket)) return [];
  const scope = usableCannedResponses(context, ticket.entity);
  if (scope.kind === 'none') return [];
  const schema = schemaOf(context.em);
  const ranked = await context.em.execute<{ id: string }[]>(
    `with ticket as (
       select t.title, left(t.title || ' ' || t.description, 4000) as text, t.category_id
       from "${schema}".ticket t where t.id = ?
     ), words as (
       select distinct lexeme from ticket,
         unnest(tsvector_to_array(to_tsvector('english', ticket.text) || to_tsvector('german', ticket.text))) as lexeme
       where position(E'\\\\' in lexeme) = 0
       limit 300
     ), query as (
       select string_agg(quote_literal(lexeme), ' | ')::tsquery as q from words
     ), path as (
       select coalesce((select c.path_ids from "${schema}".category c, ticket where c.id = ticket.category_id), '{}') as ids
     )
     select cr.id
     from "${schema}".canned_response cr, ticket, query, path
     where cr.entity = ?
       and (cr.search_vector @@ query.q or public.similarity(cr.title, ticket.title) > 0.3)
     order by coalesce(cr.category_id = any(path.ids), false) desc,
       coalesce(ts_rank(cr.search_vector, query.q), 0) + public.similarity(cr.title, ticket.title) desc,
       cr.usage_count desc, cr.id
     limit ?`,
    [ticket.id, ticket.entity, size],
  );
  if (!ranked.length) return [];
  const rows = await context.em.find(CannedResponseSchema, {
    $and: [{ id: { $in: ranked.map((row) => row.id) } }, scope.where],
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.map((row) => byId.get(row.id)).filter((row) => row !== undefined);
}

/** `assertCan(…, 'update', ticket)` as a yes/no: a query answers empty instead of failing. */
function mayUpdate(context: SubgraphContext, ticket: TicketEntity): boolean {
  try {
    assertCan(context, 'update', ticket);
    return true;
  } catch {
    return false;
  }
}

const snapshot = (response: CannedResponseEntity, deletedAt: Date | null = null): CannedResponseSnapshot => ({
  title: response.title,
  bodyHtml: response.bodyHtml,
  shortcut: response.shortcut ?? null,
  categoryId: response.categoryId ?? null,
  deletedAt: deletedAt?.toISOString() ?? null,
});

const eventOf = (response: CannedResponseEntity) => ({
  aggregateType: 'CannedResponse',
  aggregateId: response.id,
  entity: response.entity,
});

async function assertShortcutFree(
  em: EntityManager,
  entity: string,
  shortcut: string | null,
  exceptId?: string,
) {
  if (!shortcut) return;
  const taken = await em.count(CannedResponseSchema, {
    entity,
    shortcut,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  });
  if (taken) throw conflict(`The shortcut ${shortcut} is already in use in ${entity}.`);
}

/** Two writers racing for one shortcut: the loser gets the same CONFLICT as a later caller would. */
async function shortcutRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict('The shortcut is already in use in this entity.');
    throw error;
  }
}

export interface CreateCannedResponseInput {
  entity: string;
  title: string;
  body: string;
  shortcut?: string | null;
  categoryId?: string | null;
}

export async function createCannedResponse(
  context: SubgraphContext,
  input: CreateCannedResponseInput,
): Promise<CannedResponseEntity> {
  assertManagesCanned(context, input.entity);
  if (!context.internal.entities.some((known) => known.code === input.entity))
    throw badInput(`Unknown entity "${input.entity}".`, 'entity');
  const title = cleanCannedTitle(input.title);
  const body = cleanCannedBody(input.body);
  const shortcut = cleanShortcut(input.shortcut ?? null);
  const createdById = context.principal.kind === 'user' ? context.principal.userId : '';
  return shortcutRace(() =>
    context.em.transactional(async (tx) => {
      const category = input.categoryId
        ? await chosenCategory(tx, context, input.categoryId, input.entity)
        : null;
      await assertShortcutFree(tx, input.entity, shortcut);
      const response = tx.create(CannedResponseSchema, {
        id: crypto.randomUUID(),
        entity: input.entity,
        categoryId: category?.id ?? null,
        title,
        bodyHtml: body.html,
        bodyText: body.text,
        shortcut,
        usageCount: 0,
        createdById,
      });
      await tx.flush();
      await cannedResponseCreated.record(tx, context.internal, {
        ...eventOf(response),
        after: snapshot(response),
      });
      return response;
    }),
  );
}

/** A canned response the caller may use, for a change; NOT_FOUND when out of reach. */
async function loadUsable(em: EntityManager, context: SubgraphContext, id: string) {
  const scope = usableCannedResponses(context);
  const response =
    scope.kind === 'rows' && isUuid(id)
      ? await em.findOne(CannedResponseSchema, { $and: [{ id }, scope.where] })
      : null;
  if (!response) throw notFound('CannedResponse');
  return response;
}

export interface UpdateCannedResponseInput {
  title?: string | null;
  body?: string | null;
  shortcut?: string | null;
  categoryId?: string | null;
}

/** Changes the fields given (null `shortcut`/`categoryId`: remove it); an unchanged response records nothing. */
export async function updateCannedResponse(
  context: SubgraphContext,
  id: string,
  input: UpdateCannedResponseInput,
): Promise<CannedResponseEntity> {
  const title = input.title == null ? null : cleanCannedTitle(input.title);
  const body = input.body == null ? null : cleanCannedBody(input.body);
  const shortcut = input.shortcut === undefined ? undefined : cleanShortcut(input.shortcut);
  return shortcutRace(() =>
    context.em.transactional(async (tx) => {
      const response = await loadUsable(tx, context, id);
      assertManagesCanned(context, response.entity);
      const categoryId =
        input.categoryId === undefined
          ? (response.categoryId ?? null)
          : input.categoryId === null
            ? null
            : (await chosenCategory(tx, context, input.categoryId, response.entity)).id;
      if (shortcut !== undefined) await assertShortcutFree(tx, response.entity, shortcut, response.id);
      const before = snapshot(response);
      if (title !== null) response.title = title;
      if (body !== null) Object.assign(response, { bodyHtml: body.html, bodyText: body.text });
      if (shortcut !== undefined) response.shortcut = shortcut;
      response.categoryId = categoryId;
      const after = snapshot(response);
      if (JSON.stringify(before) === JSON.stringify(after)) return response;
      await tx.flush();
      await cannedResponseUpdated.record(tx, context.internal, { ...eventOf(response), before, after });
      return response;
    }),
  );
}

export function deleteCannedResponse(context: SubgraphContext, id: string): Promise<string> {
  return context.em.transactional(async (tx) => {
    const response = await loadUsable(tx, context, id);
    assertManagesCanned(context, response.entity);
    const before = snapshot(response);
    tx.remove(response);
    await tx.flush();
    await cannedResponseDeleted.record(tx, context.internal, {
      ...eventOf(response),
      before,
      after: snapshot(response, new Date()),
    });
    return response.id;
  });
}

/**
 * Fills a canned response in for a ticket: `{{ticket.number}}` and `{{ticket.title}}` here (the
 * names live in the identity subgraph, so `{{customer.name}}` and `{{agent.name}}` are left for the
 * caller, and listed), counts the use and records `canned_response.used`, in one transaction.
 */
export function renderCannedResponse(
  context: SubgraphContext,
  id: string,
  ticketId: string,
): Promise<RenderedCannedResponseView> {
  return context.em.transactional(async (tx) => {
    const ticket = await readableTicket(tx, context, ticketId);
    if (!ticket) throw notFound('Ticket');
    assertCan(context, 'update', ticket);
    const found = await loadUsable(tx, context, id);
    if (found.entity !== ticket.entity)
      throw badInput("The canned response belongs to another entity than the ticket's.", 'id');
    const [counted] = await tx.execute<{ usage_count: number }[]>(
      `update "${schemaOf(tx)}".canned_response set usage_count = usage_count + 1 where id = ? returning usage_count`,
      [found.id],
    );
    const response = (await tx.findOne(CannedResponseSchema, { id: found.id }, { refresh: true }))!;
    await cannedResponseUsed.record(tx, context.internal, {
      ...eventOf(response),
      after: { ticketId: ticket.id, usageCount: Number(counted!.usage_count) },
    });
    const values = { 'ticket.number': ticket.number, 'ticket.title': ticket.title };
    const html = fillPlaceholders(response.bodyHtml, values, true);
    const text = fillPlaceholders(response.bodyText, values, false);
    return {
      cannedResponse: response,
      ticket,
      bodyHtml: html.text,
      bodyText: text.text,
      unfilledPlaceholders: html.unfilled,
    };
  });
}
