import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '@lotse/kernel/errors';
import { isUuid, pageSize, type Connection } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { applyWorkflowStatus, lockTicket } from '../tickets/ticket.service.ts';
import { cleanClientMutationId } from '../tickets/ticket-input.ts';
import { acceptsMessages, statusAfterCustomerReply } from '../tickets/ticket-workflow.ts';
import { TicketSchema, type TicketEntity } from '../tickets/ticket.entity.ts';
import {
  assertCanEdit,
  assertCanWrite,
  authorTypeOf,
  conversationTickets,
  readableMessages,
} from './conversation-access.ts';
import { messageAdded, messageBefore, messageEdited, messagePayload } from './message-events.ts';
import { cleanBody, type CleanBody } from './message-input.ts';
import { MessageSchema, type MessageEntity, type MessageVisibility } from './message.entity.ts';

export type MessagePage = Connection<MessageEntity>;

/** What a conversation mutation returns: the message, its ticket as it is now, the caller's key. */
export interface MessageChange {
  message: MessageEntity;
  ticket: TicketEntity;
  clientMutationId: string | null;
}

/** A message by id within what the caller may read; null otherwise (same answer as a missing id). */
export async function findMessage(context: SubgraphContext, id: string): Promise<MessageEntity | null> {
  const scope = readableMessages(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(MessageSchema, { $and: [{ id }, scope.where] });
}

/** The ticket of a message the caller has read (so the ticket is within reach too). */
export async function ticketOf(context: SubgraphContext, message: MessageEntity): Promise<TicketEntity> {
  const scope = conversationTickets(context);
  const ticket =
    scope.kind === 'rows'
      ? // Read as it is now: a subscription's context lives long, and its identity map with it.
        await context.em.findOne(
          TicketSchema,
          { $and: [{ id: message.ticket }, scope.where] },
          { refresh: true },
        )
      : null;
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** Cursors of a thread are message positions, opaque to clients. */
const encodePosition = (position: number) => Buffer.from(`m${position}`).toString('base64url');

function decodePosition(cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const match = /^m(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after is not a cursor from this list.', 'after');
  return Number(match[1]);
}

/** The messages of one ticket the caller may read, oldest first, keyset-paginated by position. */
export async function listMessages(
  context: SubgraphContext,
  ticketId: string,
  args: { first?: number | null; after?: string | null },
): Promise<MessagePage> {
  const size = pageSize(args.first);
  const after = decodePosition(args.after);
  const scope = readableMessages(context);
  const where = scope.kind === 'rows' ? { $and: [{ ticket: ticketId }, scope.where] } : null;
  const rows = where
    ? await context.em.find(
        MessageSchema,
        after === null ? where : { $and: [where, { position: { $gt: after } }] },
        { orderBy: { position: 'asc' }, limit: size + 1 },
      )
    : [];
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodePosition(node.position), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: async () => (where ? context.em.count(MessageSchema, where) : 0),
  };
}

/** How many messages of the ticket the caller may read (customers: public replies only). */
export async function countMessages(context: SubgraphContext, ticketId: string): Promise<number> {
  const scope = readableMessages(context);
  if (scope.kind === 'none') return 0;
  return context.em.count(MessageSchema, { $and: [{ ticket: ticketId }, scope.where] });
}

export const MESSAGES_AFTER_LIMIT = 100;

/** Messages of a ticket after a position, oldest first, within the caller's reach (subscriptions). */
export async function messagesAfter(
  context: SubgraphContext,
  ticketId: string,
  position: number,
): Promise<MessageEntity[]> {
  const scope = readableMessages(context);
  if (scope.kind === 'none') return [];
  return context.em.find(
    MessageSchema,
    { $and: [{ ticket: ticketId }, { position: { $gt: position } }, scope.where] },
    { orderBy: { position: 'asc' }, limit: MESSAGES_AFTER_LIMIT },
  );
}

/** The position of the last message of the ticket the caller may read; 0 when there is none. */
export async function lastPosition(context: SubgraphContext, ticketId: string): Promise<number> {
  const scope = readableMessages(context);
  if (scope.kind === 'none') return 0;
  const [last] = await context.em.find(
    MessageSchema,
    { $and: [{ ticket: ticketId }, scope.where] },
    { orderBy: { position: 'desc' }, limit: 1, fields: ['position'] },
  );
  return last?.position ?? 0;
}

/** Whether the ticket's conversation is within the caller's reach. */
export async function canSeeConversation(context: SubgraphContext, ticketId: string): Promise<boolean> {
  const scope = conversationTickets(context);
  if (scope.kind === 'none' || !isUuid(ticketId)) return false;
  return (await context.em.count(TicketSchema, { $and: [{ id: ticketId }, scope.where] })) > 0;
}

export interface PostMessageInput {
  ticketId: string;
  body: string;
  clientMutationId?: string | null;
}

/** A public reply: by staff who may update the ticket, or by the customer who opened it. */
export const replyToTicket = (context: SubgraphContext, input: PostMessageInput) =>
  postMessage(context, 'public_reply', input);

/** An internal note: by staff who may update the ticket; never visible to customers. */
export const addInternalNote = (context: SubgraphContext, input: PostMessageInput) =>
  postMessage(context, 'internal_note', input);

function assertOpen(ticket: TicketEntity) {
  if (!acceptsMessages(ticket.status)) {
    throw conflict('This ticket is closed and takes no more messages; open a new ticket instead.');
  }
}

/** Of the mentioned users, those who are staff of the entity (per the tickets subgraph's staff replica). */
async function staffAmong(em: EntityManager, userIds: string[], entity: string): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  // The ids are validated UUIDs (message-html.ts), so the array literal needs no escaping.
  const rows = await em.execute<{ user_id: string }[]>(
    `select distinct user_id from tickets.staff_member where user_id = any(?::uuid[]) and entity in (?, '*')`,
    [`{${userIds.join(',')}}`, entity],
  );
  return new Set(rows.map((row) => row.user_id));
}

/** The body with only mentions of staff who can see the ticket kept as mentions. */
async function withStaffMentions(em: EntityManager, raw: string, body: CleanBody, entity: string) {
  const staff = await staffAmong(em, body.mentionIds, entity);
  return staff.size === body.mentionIds.length ? body : cleanBody(raw, (userId) => staff.has(userId));
}

/**
 * The message an earlier call with the same idempotency key posted, looked up within what the caller
 * may read. A key belongs to one author; reusing it for another ticket or kind of message is a
 * mistake worth telling, not a silent mix-up.
 */
async function earlierMessage(
  context: SubgraphContext,
  em: EntityManager,
  key: { authorId: string; clientMutationId: string; ticketId: string; visibility: MessageVisibility },
): Promise<MessageChange | null> {
  const { authorId, clientMutationId } = key;
  const scope = readableMessages(context);
  if (scope.kind === 'none') return null;
  const message = await em.findOne(MessageSchema, { $and: [{ authorId, clientMutationId }, scope.where] });
  if (!message) return null;
  if (message.ticket !== key.ticketId.toLowerCase() || message.visibility !== key.visibility)
    throw keyReused();
  return { message, ticket: await ticketOf({ ...context, em }, message), clientMutationId };
}

const keyReused = () => conflict('This clientMutationId was already used for another message.');

async function postMessage(
  context: SubgraphContext,
  visibility: MessageVisibility,
  input: PostMessageInput,
): Promise<MessageChange> {
  const { principal, internal } = context;
  const authorId = principal.kind === 'user' ? principal.userId : '';
  const authorType = authorTypeOf(context);
  const clientMutationId = cleanClientMutationId(input.clientMutationId);
  const body = cleanBody(input.body);

  const repeated = (em: EntityManager) =>
    clientMutationId && isUuid(input.ticketId)
      ? earlierMessage(context, em, { authorId, clientMutationId, ticketId: input.ticketId, visibility })
      : null;
  const earlier = await repeated(context.em.fork());
  if (earlier) return earlier;

  const insert = () =>
    context.em.transactional(async (tx): Promise<MessageChange> => {
      const ticket = await lockTicket(tx, conversationTickets(context), input.ticketId);
      assertCanWrite(context, visibility, ticket);
      assertOpen(ticket);
      // A retry that waited for this lock behind the first call finds what the first call posted.
      const during = await repeated(tx);
      if (during) return during;

      const { html, text, mentionIds } = await withStaffMentions(tx, input.body, body, ticket.entity);
      const [last] = await tx.find(
        MessageSchema,
        { ticket: ticket.id },
        { orderBy: { position: 'desc' }, limit: 1, fields: ['position'] },
      );
      const isPublic = visibility === 'public_reply';
      const isFirstResponse = isPublic && authorType === 'staff' && !ticket.firstResponseAt;
      const message = tx.create(MessageSchema, {
        id: crypto.randomUUID(),
        ticket: ticket.id,
        position: (last?.position ?? 0) + 1,
        authorId,
        authorType,
        visibility,
        bodyHtml: html,
        bodyText: text,
        mentionedUserIds: mentionIds,
        isFirstResponse,
        clientMutationId,
        createdAt: new Date(),
        editedAt: null,
      });

      if (isPublic && authorType === 'customer') {
        ticket.awaitingReply = true;
        await applyWorkflowStatus(tx, internal, ticket, statusAfterCustomerReply(ticket));
      } else if (isPublic) {
        ticket.awaitingReply = false;
        if (isFirstResponse) ticket.firstResponseAt = message.createdAt;
      }
      await tx.flush();
      await messageAdded.record(tx, internal, {
        aggregateType: 'Ticket',
        aggregateId: ticket.id,
        entity: ticket.entity,
        after: messagePayload(message),
      });
      return { message, ticket, clientMutationId };
    });

  try {
    return await insert();
  } catch (error) {
    // Two sends with one key raced past the lock on different tickets, or the first committed
    // between our check and our insert: the loser answers with the winner's message, as a retry would.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await repeated(context.em.fork());
    // The only unique key a send can violate is the idempotency key (the ticket lock orders the
    // rest): a winner out of the caller's reach now is still a reused key.
    if (!winner) throw keyReused();
    return winner;
  }
}

export interface EditMessageInput {
  id: string;
  body: string;
  clientMutationId?: string | null;
}

/**
 * Changes a message's body: only its author, only while they may still write it, never on a closed
 * ticket. The previous body stays in the audit trail (the event's `before`); an unchanged body
 * changes nothing and records nothing, so a retried edit is harmless.
 */
export async function editMessage(context: SubgraphContext, input: EditMessageInput): Promise<MessageChange> {
  const clientMutationId = cleanClientMutationId(input.clientMutationId);
  const body = cleanBody(input.body);
  return context.em.transactional(async (tx) => {
    const scope = readableMessages(context);
    if (scope.kind === 'none' || !isUuid(input.id)) throw notFound('Message');
    const where = { $and: [{ id: input.id }, scope.where] };
    const found = await tx.findOne(MessageSchema, where);
    if (!found) throw notFound('Message');
    // Every change to a conversation holds its ticket's lock, so edits and new messages of one
    // ticket happen one after another; the message is read again once the lock is held.
    const ticket = await lockTicket(tx, conversationTickets(context), found.ticket);
    const message = await tx.findOne(MessageSchema, where, { refresh: true });
    if (!message) throw notFound('Message');
    assertCanEdit(context, message, ticket);
    assertOpen(ticket);

    const { html, text, mentionIds } = await withStaffMentions(tx, input.body, body, ticket.entity);
    if (html === message.bodyHtml) return { message, ticket, clientMutationId };
    const before = messageBefore(message);
    message.bodyHtml = html;
    message.bodyText = text;
    message.mentionedUserIds = mentionIds;
    message.editedAt = new Date();
    await tx.flush();
    await messageEdited.record(tx, context.internal, {
      aggregateType: 'Ticket',
      aggregateId: ticket.id,
      entity: ticket.entity,
      before,
      after: messagePayload(message),
    });
    return { message, ticket, clientMutationId };
  });
}
