import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { badInput, LotseError } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { EntityScope } from '@lotse/kernel/policy/scope';
import { findOrCreateCategoryPath } from '../categories/category.service.ts';
import { messageAdded, messagePayload } from '../conversation/message-events.ts';
import { cleanBody, type CleanBody } from '../conversation/message-input.ts';
import { MessageSchema, type MessageEntity } from '../conversation/message.entity.ts';
import { ticketTagsChanged } from '../tags/tag-events.ts';
import { normalizeTags } from '../tags/tag-input.ts';
import { attachTags } from '../tags/tag.service.ts';
import { ticketCreated, ticketStatusChanged, ticketUpdated } from '../tickets/ticket-event.ts';
import { nextTicketNumber } from '../tickets/ticket-number.ts';
import { ticketSnapshot } from '../tickets/ticket.service.ts';
import { timestampsFor } from '../tickets/ticket-workflow.ts';
import { TicketSchema, type TicketEntity } from '../tickets/ticket.entity.ts';
import { assertImportsInto, assertImportsSomewhere, importers } from './import-access.ts';
import { ticketImported, ticketRated } from './import-events.ts';
import { ndjsonLines, parseImportLine, type ImportLine } from './import-line.ts';

/** How large a file the GraphQL mutation takes; larger histories go through the CLI. */
export const MUTATION_MAX_CHARS = 1_000_000;

/**
 * Who the people of a file are. The tickets subgraph cannot read identity's users, so whoever runs
 * an import says how emails become user ids: the CLI asks identity in the app process (and creates
 * unknown customers), the GraphQL mutation knows only the people earlier imports resolved
 * (`knownPeople`). Each method throws a `LotseError` naming the person when it cannot answer.
 */
export interface ImportPeople {
  /** The id of the staff member with this email who works tickets of `entity`. */
  staff(email: string, entity: string): Promise<string>;
  /** The id of the customer with this email (`name` for one created on the way). */
  customer(email: string, name: string, entity: string): Promise<string>;
}

export const importLineStatuses = ['imported', 'skipped', 'failed'] as const;
export type ImportLineStatus = (typeof importLineStatuses)[number];

/** What became of one line: imported, skipped (imported before) or failed (with the reason). */
export interface ImportLineOutcome {
  line: number;
  externalId: string | null;
  status: ImportLineStatus;
  ticketId: string | null;
  reason: string | null;
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  failed: number;
  lines: ImportLineOutcome[];
}

const schemaOf = (em: EntityManager) => em.config.get('schema');

/** The people earlier imports resolved, remembered by the tickets subgraph (`import_person`). */
export function knownPeople(em: EntityManager): ImportPeople {
  const find = async (email: string, kind: 'staff' | 'customer') => {
    const [row] = await em.execute<{ user_id: string }[]>(
      `select user_id from "${schemaOf(em)}".import_person where email = ? and kind = ?`,
      [email, kind],
    );
    return row?.user_id ?? null;
  };
  return {
    async staff(email, entity) {
      const id = await find(email, 'staff');
      const works = id
        ? await em.execute(
            `select 1 from "${schemaOf(em)}".staff_member where user_id = ? and entity in (?, '*') limit 1`,
            [id, entity],
          )
        : [];
      if (!id || !works.length)
        throw badInput(`${email} is not a staff member of ${entity} known to the tickets desk.`);
      return id;
    },
    async customer(email) {
      const id = await find(email, 'customer');
      if (!id)
        throw badInput(
          `${email} is not a customer known to the tickets desk; import this file with the CLI, which creates customers.`,
        );
      return id;
    },
  };
}

/** Remembers who an email is, so later imports through the API can name them. */
export async function rememberPerson(
  em: EntityManager,
  email: string,
  userId: string,
  kind: 'staff' | 'customer',
) {
  await em.execute(
    `insert into "${schemaOf(em)}".import_person (email, user_id, kind) values (?, ?, ?)
     on conflict (email) do update set user_id = excluded.user_id, kind = excluded.kind`,
    [email, userId, kind],
  );
}

interface ResolvedLine {
  line: ImportLine;
  prefix: string;
  tags: string[];
  customerId: string;
  /** Staff ids by email. */
  staff: Map<string, string>;
  /** Sanitized bodies by event index. */
  bodies: Map<number, CleanBody>;
}

/** Checks everything that needs no transaction: entity, tags, bodies (sanitized), and the people. */
async function resolveLine(
  line: ImportLine,
  internal: InternalContext,
  people: ImportPeople,
): Promise<ResolvedLine> {
  const entity = internal.entities.find((candidate) => candidate.code === line.entity);
  if (!entity) throw badInput(`Unknown entity "${line.entity}".`, 'entity');
  const tags = normalizeTags(line.tags, 'tags');
  const bodies = new Map<number, CleanBody>();
  const staffEmails = new Set<string>();
  line.events.forEach((event, index) => {
    if (event.type === 'assigned') staffEmails.add(event.to);
    if (event.type !== 'message') return;
    if (event.author !== line.customer.email) staffEmails.add(event.author);
    try {
      // Mentions of the other desk's users mean nothing here: every mention becomes plain text.
      bodies.set(
        index,
        cleanBody(event.body, () => false),
      );
    } catch (error) {
      if (error instanceof LotseError) throw badInput(error.message, `events.${index}.body`);
      throw error;
    }
  });
  const staff = new Map<string, string>();
  // Staff first: an unknown staff member fails the line before a customer is created for it.
  for (const email of staffEmails) staff.set(email, await people.staff(email, line.entity));
  const customerId = await people.customer(line.customer.email, line.customer.name, line.entity);
  return { line, prefix: entity.prefix, tags, customerId, staff, bodies };
}

const statusSnapshot = (ticket: TicketEntity) => ({
  ...ticketSnapshot(ticket),
  resolutionNotes: ticket.resolutionNotes ?? null,
  resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
  closedAt: ticket.closedAt?.toISOString() ?? null,
});

/**
 * Writes one resolved line in the caller's transaction: the ticket as it was created, then its
 * history replayed event by event, each recorded with its original time. The other desk's workflow
 * is taken as it was: status moves are not checked against Lotse's transitions.
 */
async function writeLine(tx: EntityManager, internal: InternalContext, resolved: ResolvedLine) {
  const { line, customerId, staff, bodies } = resolved;
  const schema = schemaOf(tx);
  const event = { aggregateType: 'Ticket', entity: line.entity };
  const category = line.category
    ? await findOrCreateCategoryPath(tx, line.entity, line.category, internal)
    : null;
  const ticket = tx.create(TicketSchema, {
    id: crypto.randomUUID(),
    number: await nextTicketNumber(tx, line.entity, resolved.prefix, line.createdAt),
    entity: line.entity,
    title: line.title,
    description: line.description,
    status: 'new',
    priority: line.priority,
    createdById: customerId,
    assigneeId: null,
    categoryId: category?.id ?? null,
    clientMutationId: null,
    awaitingReply: true,
  });
  await tx.flush();
  await tx.execute(
    `insert into "${schema}".ticket_import (entity, external_id, ticket_id) values (?, ?, ?)`,
    [line.entity, line.externalId, ticket.id],
  );
  const at = { ...event, aggregateId: ticket.id };
  await ticketCreated.record(tx, internal, {
    ...at,
    actorId: customerId,
    occurredAt: line.createdAt,
    after: ticketSnapshot(ticket),
  });
  if (resolved.tags.length) {
    await attachTags(tx, ticket, resolved.tags);
    await ticketTagsChanged.record(tx, internal, {
      ...at,
      occurredAt: line.createdAt,
      before: { tags: [] },
      after: { tags: [...resolved.tags].sort() },
    });
  }

  const messages: { message: MessageEntity; at: Date }[] = [];
  for (const [index, change] of line.events.entries()) {
    if (change.type === 'assigned') {
      const before = ticketSnapshot(ticket);
      ticket.assigneeId = staff.get(change.to)!;
      if (ticket.status === 'new') ticket.status = 'assigned';
      await ticketUpdated.record(tx, internal, {
        ...at,
        occurredAt: change.at,
        before,
        after: ticketSnapshot(ticket),
      });
    } else if (change.type === 'status') {
      if (ticket.status === change.to) continue;
      const before = statusSnapshot(ticket);
      Object.assign(ticket, timestampsFor(ticket, change.to, change.at), { status: change.to });
      await ticketStatusChanged.record(tx, internal, {
        ...at,
        occurredAt: change.at,
        before,
        after: statusSnapshot(ticket),
      });
    } else if (change.type === 'message') {
      const fromCustomer = change.author === line.customer.email;
      const body = bodies.get(index)!;
      const isFirstResponse = change.public && !fromCustomer && !ticket.firstResponseAt;
      const message = tx.create(MessageSchema, {
        id: crypto.randomUUID(),
        ticket: ticket.id,
        position: messages.length + 1,
        authorId: fromCustomer ? customerId : staff.get(change.author)!,
        authorType: fromCustomer ? 'customer' : 'staff',
        visibility: change.public ? 'public_reply' : 'internal_note',
        bodyHtml: body.html,
        bodyText: body.text,
        mentionedUserIds: [],
        isFirstResponse,
        clientMutationId: null,
        createdAt: change.at,
        editedAt: null,
      });
      messages.push({ message, at: change.at });
      if (change.public) ticket.awaitingReply = fromCustomer;
      if (isFirstResponse) ticket.firstResponseAt = change.at;
      await messageAdded.record(tx, internal, {
        ...at,
        actorId: message.authorId,
        occurredAt: change.at,
        after: messagePayload(message),
      });
    } else {
      const ratingId = crypto.randomUUID();
      const comment = change.comment ?? null;
      await tx.execute(
        `insert into "${schema}".ticket_rating (id, ticket_id, score, comment, rated_by_id, rated_at) values (?, ?, ?, ?, ?, ?)`,
        [ratingId, ticket.id, change.score, comment, customerId, change.at.toISOString()],
      );
      await ticketRated.record(tx, internal, {
        ...at,
        actorId: customerId,
        occurredAt: change.at,
        after: { ratingId, score: change.score, comment },
      });
    }
  }
  if (ticket.status === 'resolved' || ticket.status === 'closed') ticket.awaitingReply = false;
  await tx.flush();
  // The ORM stamps creation and update with now; an imported ticket keeps the other desk's times.
  const updatedAt = line.events.at(-1)?.at ?? line.createdAt;
  await tx.execute(`update "${schema}".ticket set created_at = ?, updated_at = ? where id = ?`, [
    line.createdAt.toISOString(),
    updatedAt.toISOString(),
    ticket.id,
  ]);
  for (const { message, at: sentAt } of messages)
    await tx.execute(`update "${schema}".message set created_at = ? where id = ?`, [
      sentAt.toISOString(),
      message.id,
    ]);
  await ticketImported.record(tx, internal, {
    ...at,
    after: { externalId: line.externalId, channel: line.channel ?? null },
  });
  return ticket.id;
}

async function importedBefore(em: EntityManager, line: ImportLine): Promise<string | null> {
  const [row] = await em.execute<{ ticket_id: string }[]>(
    `select ticket_id from "${schemaOf(em)}".ticket_import where entity = ? and external_id = ?`,
    [line.entity, line.externalId],
  );
  return row?.ticket_id ?? null;
}

const failed = (line: number, externalId: string | null, reason: string): ImportLineOutcome => ({
  line,
  externalId,
  status: 'failed',
  ticketId: null,
  reason,
});

const reasonOf = (error: LotseError) => {
  const field = error.extensions.field;
  return typeof field === 'string' && !error.message.startsWith(field)
    ? `${field}: ${error.message}`
    : error.message;
};

/** Imports one line in its own transaction; a line imported before is skipped and changes nothing. */
async function importLine(
  em: EntityManager,
  internal: InternalContext,
  scope: EntityScope,
  people: ImportPeople,
  number: number,
  text: string,
): Promise<ImportLineOutcome> {
  const parsed = parseImportLine(text);
  if (!parsed.ok) return failed(number, null, parsed.reason);
  const { line } = parsed;
  const skipped = (ticketId: string): ImportLineOutcome => ({
    line: number,
    externalId: line.externalId,
    status: 'skipped',
    ticketId,
    reason: null,
  });
  try {
    assertImportsInto(scope, line.entity);
    const earlier = await importedBefore(em.fork(), line);
    if (earlier) return skipped(earlier);
    const resolved = await resolveLine(line, internal, people);
    const ticketId = await em.fork().transactional((tx) => writeLine(tx, internal, resolved));
    return { line: number, externalId: line.externalId, status: 'imported', ticketId, reason: null };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      // The same external ticket was imported concurrently: the other import holds it.
      const earlier = await importedBefore(em.fork(), line);
      if (earlier) return skipped(earlier);
    }
    if (error instanceof LotseError) return failed(number, line.externalId, reasonOf(error));
    throw error;
  }
}

/**
 * Imports an NDJSON text line by line, each line in its own transaction: good lines land, bad lines
 * are reported with their number and reason and leave nothing behind. `onLine` sees each result as
 * it happens (the CLI's progress).
 */
export async function importTicketLines(
  em: EntityManager,
  internal: InternalContext,
  scope: EntityScope,
  people: ImportPeople,
  lines: Iterable<{ number: number; text: string }> | AsyncIterable<{ number: number; text: string }>,
  onLine: (result: ImportLineOutcome) => void = () => {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, skipped: 0, failed: 0, lines: [] };
  for await (const { number, text } of lines) {
    const result = await importLine(em, internal, scope, people, number, text);
    summary[result.status] += 1;
    summary.lines.push(result);
    onLine(result);
  }
  return summary;
}

/** `importTickets`: an admin's small file, people resolved from what the tickets desk knows. */
export function importTickets(context: SubgraphContext, ndjson: string): Promise<ImportSummary> {
  assertImportsSomewhere(context);
  if (ndjson.length > MUTATION_MAX_CHARS)
    throw badInput(
      `ndjson must be at most ${MUTATION_MAX_CHARS} characters; import larger files with the CLI.`,
      'ndjson',
    );
  return importTicketLines(
    context.em,
    context.internal,
    importers(context),
    knownPeople(context.em.fork()),
    ndjsonLines(ndjson),
  );
}
