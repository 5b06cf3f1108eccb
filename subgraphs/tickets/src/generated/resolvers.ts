import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TicketEntity } from '../modules/tickets/ticket.entity.ts';
import type { TicketPage } from '../modules/tickets/ticket.service.ts';
import type { AuditEventEntity } from '../modules/audit/audit-event.entity.ts';
import type { AuditPage } from '../modules/audit/audit.service.ts';
import type { SearchPage } from '../modules/search/search.service.ts';
import type { MergeResult } from '../modules/relations/relations.service.ts';
import type { TicketEventMessage } from '../modules/tickets/ticket-event.ts';
import type { MessageEntity } from '../modules/conversation/message.entity.ts';
import type { MessagePage } from '../modules/conversation/message.service.ts';
import type { TicketMessageEventView } from '../modules/conversation/message-subscription.ts';
import type { TicketsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with time zone (e.g. `2026-11-25T09:30:00.000Z`). */
  DateTime: { input: string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An internal note on a ticket. */
export type AddInternalNoteInput = {
  /** The note as HTML (up to 100,000 characters); it is sanitized, and must not be empty once sanitized. */
  body: Scalars['String']['input'];
  /** Idempotency key: repeating a call with the same key returns the first note instead of posting a second. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The ticket's id. */
  ticketId: Scalars['ID']['input'];
};

/** The result of adding an internal note. */
export type AddInternalNotePayload = {
  __typename?: 'AddInternalNotePayload';
  /** The key sent with the call. */
  clientMutationId: Maybe<Scalars['String']['output']>;
  /** The note (or the earlier one, for a repeated clientMutationId). */
  message: Message;
  /** The ticket as it is now. */
  ticket: Ticket;
};

/**
 * One recorded change: who did what, when, in which entity, and the values before and after. Read from
 * the outbox, which the database keeps append-only.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who made the change; null for changes the system made on its own. */
  actor: Maybe<User>;
  /** The fields the change touched, with their values before and after. */
  changes: Array<FieldChange>;
  /** The entity (brand) the change belongs to; null for changes that belong to none. */
  entity: Maybe<Entity>;
  /** Position in the trail; later changes have larger ids. */
  id: Scalars['ID']['output'];
  /** When the change committed. */
  occurredAt: Scalars['DateTime']['output'];
  /** The request that made the change, to find it in the logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** The id of the record that changed. */
  subjectId: Scalars['ID']['output'];
  /** The kind of record that changed, e.g. `Ticket`. */
  subjectType: Scalars['String']['output'];
  /** What happened, e.g. `ticket.updated`, `ticket.message_added`. */
  type: Scalars['String']['output'];
};

/** A page of the audit trail. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
};

/** One event in a page of the audit trail. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque position of this event in the list. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Which events of the audit log to list. Every field narrows the result. */
export type AuditFilter = {
  /** Only changes made by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this entity code. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only events at or after this instant. */
  occurredAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events before this instant. */
  occurredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events of this type, e.g. `ticket.status_changed`. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Who a bulk action assigns the tickets to. */
export type BulkAssignInput = {
  /** The staff member's user id; null unassigns. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A ticket a bulk action could not change, and why. */
export type BulkFailure = {
  __typename?: 'BulkFailure';
  /** The error code the single mutation would have answered, e.g. `NOT_FOUND` or `FORBIDDEN`. */
  code: Scalars['String']['output'];
  /** The ticket id as given. */
  id: Scalars['ID']['output'];
  /** Why, in words safe to show. */
  message: Scalars['String']['output'];
};

/** The status a bulk action moves the tickets to. */
export type BulkStatusInput = {
  /** Resolution notes, needed to resolve or close (1–10,000 characters). */
  resolutionNotes?: InputMaybe<Scalars['String']['input']>;
  /** The new status; the same rules as `changeTicketStatus` apply to each ticket. */
  status: TicketStatus;
};

/** One action on up to 500 tickets. Set exactly one of `assign`, `status`, `priority` and `delete`. */
export type BulkUpdateTicketsInput = {
  /** Assign or unassign every ticket. */
  assign?: InputMaybe<BulkAssignInput>;
  /** Delete every ticket (softly; they can be restored). */
  delete?: InputMaybe<Scalars['Boolean']['input']>;
  /** The tickets (1–500 ids; repeated ids count once). */
  ids: Array<Scalars['ID']['input']>;
  /** Set every ticket's priority. */
  priority?: InputMaybe<TicketPriority>;
  /** Move every ticket to a status (close them with `CLOSED` and notes). */
  status?: InputMaybe<BulkStatusInput>;
};

/** What a bulk action did: every ticket either succeeded or failed, each on its own. */
export type BulkUpdateTicketsPayload = {
  __typename?: 'BulkUpdateTicketsPayload';
  /** The tickets left unchanged, each with the reason. */
  failed: Array<BulkFailure>;
  /** The tickets as they are after the change, in the order given. */
  succeeded: Array<Ticket>;
};

/** A new ticket. */
export type CreateTicketInput = {
  /** Idempotency key: repeating a call with the same key returns the first ticket instead of a second one. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The request (1–50,000 characters). */
  description: Scalars['String']['input'];
  /** Entity code the ticket belongs to; the caller must be allowed to create tickets there. */
  entity: Scalars['String']['input'];
  /** How urgent it is; defaults to MEDIUM. */
  priority?: InputMaybe<TicketPriority>;
  /** Short summary (1–200 characters). */
  title: Scalars['String']['input'];
};

/** The result of creating a ticket. */
export type CreateTicketPayload = {
  __typename?: 'CreateTicketPayload';
  /** The new ticket (or the earlier one, for a repeated clientMutationId). */
  ticket: Ticket;
};

/** A new body for a message. */
export type EditMessageInput = {
  /** The new body as HTML (up to 100,000 characters), sanitized like a new message. */
  body: Scalars['String']['input'];
  /** Returned unchanged in the payload; an edit is idempotent anyway (an unchanged body changes nothing). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The message's id. */
  id: Scalars['ID']['input'];
};

/** The result of editing a message. */
export type EditMessagePayload = {
  __typename?: 'EditMessagePayload';
  /** The key sent with the call. */
  clientMutationId: Maybe<Scalars['String']['output']>;
  /** The message with its new body. */
  message: Message;
  /** The ticket the message belongs to. */
  ticket: Ticket;
};

/** A brand served by Lotse (owned by the identity subgraph). */
export type Entity = {
  __typename?: 'Entity';
  /** Stable machine name, e.g. `kids_ascension`. */
  code: Scalars['String']['output'];
};

/** One field of a recorded change. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field's name, e.g. `status`. */
  field: Scalars['String']['output'];
  /** The value after, as text (JSON for structured values); null when it has none. */
  newValue: Maybe<Scalars['String']['output']>;
  /** The value before, as text (JSON for structured values); null when it had none. */
  oldValue: Maybe<Scalars['String']['output']>;
};

/** The result of a merge. */
export type MergeTicketsPayload = {
  __typename?: 'MergeTicketsPayload';
  /** How many messages moved over. */
  movedMessages: Scalars['Int']['output'];
  /** The duplicate, now closed and pointing at the target. */
  source: Ticket;
  /** The ticket that stays, now holding the duplicate's messages. */
  target: Ticket;
};

/** One message of a ticket's conversation: a public reply or an internal note. */
export type Message = {
  __typename?: 'Message';
  /** Who wrote it. */
  author: User;
  /**
   * The body as sanitized HTML: only p, br, strong, em, u, s, a (http, https and mailto links, with
   * rel="noopener noreferrer nofollow"), ul, ol, li, blockquote, code, pre, h1–h3 and mention spans
   * (`<span data-type="mention" data-id="<user id>">`). Safe to render as HTML.
   */
  bodyHtml: Scalars['String']['output'];
  /** The body as plain text (for notifications and search). Text, not HTML: escape it before putting it into HTML. */
  bodyText: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When its author last edited it, if ever. */
  editedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Whether this is the first public reply by staff on the ticket (the ticket's first response). */
  isFirstResponse: Scalars['Boolean']['output'];
  /** Staff of the ticket's entity mentioned in the body; mentions of anyone else are not kept. */
  mentions: Array<User>;
  /** The ticket the message belongs to. */
  ticket: Ticket;
  /** Who may read it. */
  visibility: MessageVisibility;
};

/** A page of a ticket's conversation, oldest first. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages on this page. */
  edges: Array<MessageEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many messages of the ticket the caller may read in total. */
  totalCount: Scalars['Int']['output'];
};

/** One message in a page of a ticket's conversation. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque position of this message in the conversation. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/** Who may read a message. */
export type MessageVisibility =
  /** A note between staff. Customers never see it, by any path (thread, count, lookups, subscriptions). */
  | 'internal_note'
  /** A reply on the ticket: the customer who opened it sees it, and so does staff who may read the ticket. */
  | 'public_reply';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an internal note, which customers never see. Staff who may update the ticket may write notes. */
  addInternalNote: AddInternalNotePayload;
  /** Assigns a ticket to a staff member, or unassigns it with a null assigneeId. */
  assignTicket: Ticket;
  /**
   * Applies one action to many tickets. Each ticket is authorized, changed and recorded on its own, as
   * the single mutation would do it: one refusal does not stop the others.
   */
  bulkUpdateTickets: BulkUpdateTicketsPayload;
  /**
   * Moves a ticket through the workflow. Only allowed moves are accepted (BAD_USER_INPUT on `status`
   * otherwise); setting the current status changes nothing. RESOLVED and CLOSED need
   * `support.tickets.close` and resolution notes, every other status `support.tickets.update`.
   */
  changeTicketStatus: Ticket;
  /** Opens a ticket. */
  createTicket: CreateTicketPayload;
  /** Deletes a ticket softly: it disappears from every query, count and subscription, but can be restored. Needs `support.tickets.delete`. */
  deleteTicket: Ticket;
  /** Changes the body of a message. Only its author may, while still allowed to write it; not on closed tickets. */
  editMessage: EditMessagePayload;
  /** Links two related tickets of one entity. Needs update rights on both. */
  linkTickets: Ticket;
  /**
   * Merges a duplicate into another ticket of its entity: the duplicate's messages and children move to the
   * target and it closes with a pointer to it; both histories record the merge. Needs close rights on the
   * duplicate and update rights on the target.
   */
  mergeTickets: MergeTicketsPayload;
  /** Posts a public reply. Staff who may update the ticket, and the customer who opened it, may reply. */
  replyToTicket: ReplyToTicketPayload;
  /** Brings a deleted ticket back. Needs `support.tickets.delete`. */
  restoreTicket: Ticket;
  /** Makes a ticket part of another ticket of its entity, or of none with a null parentId; never of its own child. */
  setParentTicket: Ticket;
  /** Removes the link between two tickets. */
  unlinkTickets: Ticket;
  /** Changes a ticket's title, description or priority. */
  updateTicket: Ticket;
};


export type MutationAddInternalNoteArgs = {
  input: AddInternalNoteInput;
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationBulkUpdateTicketsArgs = {
  input: BulkUpdateTicketsInput;
};


export type MutationChangeTicketStatusArgs = {
  id: Scalars['ID']['input'];
  resolutionNotes?: InputMaybe<Scalars['String']['input']>;
  status: TicketStatus;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationDeleteTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  input: EditMessageInput;
};


export type MutationLinkTicketsArgs = {
  id: Scalars['ID']['input'];
  relatedId: Scalars['ID']['input'];
};


export type MutationMergeTicketsArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


export type MutationRestoreTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetParentTicketArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUnlinkTicketsArgs = {
  id: Scalars['ID']['input'];
  relatedId: Scalars['ID']['input'];
};


export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge, to pass as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The tickets subgraph's audit log, newest first. Requires audit.read; limited to its entities. */
  auditLog: AuditEventConnection;
  /** A message by id, or null when it does not exist or the caller may not read it. */
  message: Maybe<Message>;
  /**
   * Tickets whose title, description or readable messages match the words, best first: German and
   * English word forms, accents ignored, quotes for phrases, `-word` to exclude, typos in titles, and
   * ticket numbers (`KA-2026-42`). Up to 1,000 results, 1–100 per page.
   */
  searchTickets: TicketSearchConnection;
  /** A ticket by id, or null when it does not exist or the caller may not see it. */
  ticket: Maybe<Ticket>;
  /** A ticket by its number (e.g. `KA-2026-00001`), or null when it does not exist or is out of reach. */
  ticketByNumber: Maybe<Ticket>;
  /** Tickets the caller may see, newest first unless `orderBy` says otherwise, 1–100 per page. */
  tickets: TicketConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  status?: InputMaybe<Array<TicketStatus>>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};

/** A public reply on a ticket. */
export type ReplyToTicketInput = {
  /** The reply as HTML (up to 100,000 characters); it is sanitized, and must not be empty once sanitized. */
  body: Scalars['String']['input'];
  /** Idempotency key: repeating a call with the same key returns the first message instead of posting a second. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The ticket's id. */
  ticketId: Scalars['ID']['input'];
};

/** The result of replying to a ticket. */
export type ReplyToTicketPayload = {
  __typename?: 'ReplyToTicketPayload';
  /** The key sent with the call. */
  clientMutationId: Maybe<Scalars['String']['output']>;
  /** The reply (or the earlier one, for a repeated clientMutationId). */
  message: Message;
  /** The ticket as it is now (a customer's reply may have reopened it). */
  ticket: Ticket;
};

/** A piece of matching text. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  /** Where the text is: `title`, `description` or `message`. */
  field: Scalars['String']['output'];
  /** The message the snippet is from, when `field` is `message`. */
  messageId: Maybe<Scalars['ID']['output']>;
  /** The text around the matches, as safe HTML with the matches in `<mark>`. */
  snippet: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Tickets created or changed (status changes and restores included) from now on, limited to live tickets the subscriber may see. */
  ticketEvents: TicketEvent;
  /** Messages added to one ticket from now on, oldest first; customers receive public replies only. */
  ticketMessageAdded: TicketMessageEvent;
};


export type SubscriptionTicketEventsArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionTicketMessageAddedArgs = {
  ticketId: Scalars['ID']['input'];
};

/** A support request from a customer or opened by staff on their behalf. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent who owns the ticket, if any. */
  assignee: Maybe<User>;
  /** Whether the customer's latest public message still waits for an answer from staff. */
  awaitingReply: Scalars['Boolean']['output'];
  /** The tickets that are part of this one, oldest first, each with its own status. */
  children: Array<Ticket>;
  /** When it was closed; null until then. A closed ticket is finished for good. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Who opened the ticket. */
  createdBy: User;
  /**
   * When it was deleted; null for a live ticket. Deleted tickets are visible only to those who may delete
   * tickets, through `tickets(filter: { deleted: true })` and the result of `deleteTicket`/`restoreTicket`.
   */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** The request in the customer's words (up to 50,000 characters). */
  description: Scalars['String']['output'];
  /** The entity (brand) the ticket belongs to. */
  entity: Entity;
  /** When staff first answered the customer publicly; null until then. */
  firstResponseAt: Maybe<Scalars['DateTime']['output']>;
  /** Everything that happened to the ticket, oldest first, internal notes included. Staff only. */
  history: AuditEventConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The ticket this duplicate was merged into; a merged ticket is closed. */
  mergedInto: Maybe<Ticket>;
  /** How many messages of the conversation the caller may read (customers: public replies only). */
  messageCount: Scalars['Int']['output'];
  /** The conversation, oldest first, 1–100 per page: public replies, and internal notes for staff only. */
  messages: MessageConnection;
  /** Human-friendly number, unique per entity and year, e.g. `KA-2026-00001`. */
  number: Scalars['String']['output'];
  /** The ticket this one is part of, if any. */
  parent: Maybe<Ticket>;
  /** How urgent it is. */
  priority: TicketPriority;
  /** Tickets linked as related to this one (a link goes both ways). */
  relatedTickets: Array<Ticket>;
  /**
   * How the ticket was solved, as plain text (not HTML: escape it before rendering), up to 10,000
   * characters. Written when the ticket is resolved or closed; kept when it is reopened.
   */
  resolutionNotes: Maybe<Scalars['String']['output']>;
  /** When it was last resolved (set again on every resolution, cleared when it is reopened); null while open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the ticket is in its life. */
  status: TicketStatus;
  /** Short summary (1–200 characters). */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A support request from a customer or opened by staff on their behalf. */
export type TicketHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support request from a customer or opened by staff on their behalf. */
export type TicketMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tickets, in the order asked for (newest first by default). */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The tickets on this page. */
  edges: Array<TicketEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many tickets match the filter in total (within what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** One ticket in a page of tickets. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Opaque position of this ticket in the list. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** A change to a ticket the subscriber may see. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The ticket as it is now. */
  ticket: Ticket;
  /** What happened. */
  type: TicketEventType;
};

/** What happened to a ticket. */
export type TicketEventType =
  /** The ticket was opened. */
  | 'created'
  /** The ticket changed. */
  | 'updated';

/** Which tickets to list. Every field narrows the result; omitted fields do not filter. */
export type TicketFilter = {
  /** true: only tickets assigned to the caller; false: only tickets not assigned to the caller (including unassigned ones). */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets assigned to this user. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only tickets whose customer waits for an answer; false: only tickets where nobody waits. */
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets opened at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tickets opened before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tickets opened by this user. */
  createdById?: InputMaybe<Scalars['ID']['input']>;
  /**
   * true: only deleted tickets, and only for callers who may delete tickets (others get an empty list).
   * false or omitted: only live tickets.
   */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets of this entity code. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only tickets with one of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Only tickets in one of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
  /** true: only tickets nobody owns; false: only tickets someone owns. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets last changed at or after this instant. */
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tickets last changed before this instant. */
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A message added to a ticket, delivered to subscribers who may read it. */
export type TicketMessageEvent = {
  __typename?: 'TicketMessageEvent';
  /** The new message. */
  message: Message;
};

/** The order of a ticket list. A cursor belongs to one order: passing it with another is BAD_USER_INPUT. */
export type TicketOrder = {
  /** Which way; defaults to DESC. */
  direction?: InputMaybe<TicketOrderDirection>;
  /** What to sort by. */
  field: TicketOrderField;
};

/** Which way a ticket list is sorted. */
export type TicketOrderDirection =
  /** Smallest first (oldest, least urgent, earliest in the workflow). */
  | 'ASC'
  /** Largest first (newest, most urgent, latest in the workflow). */
  | 'DESC';

/** What a ticket list can be sorted by. Ties are broken by the ticket's id, so the order is total. */
export type TicketOrderField =
  /** When the ticket was opened. */
  | 'CREATED_AT'
  /** Urgency (LOW < MEDIUM < HIGH < URGENT), then when it was opened. */
  | 'PRIORITY'
  /** Place in the workflow (NEW < ASSIGNED < IN_PROGRESS < WAITING < RESOLVED < CLOSED), then when it was opened. */
  | 'STATUS'
  /** When the ticket last changed. */
  | 'UPDATED_AT';

/** How urgent a ticket is. */
export type TicketPriority =
  /** Needs attention soon. */
  | 'high'
  /** Can wait. */
  | 'low'
  /** Normal. */
  | 'medium'
  /** Needs attention now. */
  | 'urgent';

/** A page of search results, best first. */
export type TicketSearchConnection = {
  __typename?: 'TicketSearchConnection';
  /** The hits on this page. */
  edges: Array<TicketSearchEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
};

/** One hit in a page of search results. */
export type TicketSearchEdge = {
  __typename?: 'TicketSearchEdge';
  /** Opaque position of this hit in the results. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: TicketSearchHit;
};

/** A ticket found by a search, with where the words matched. */
export type TicketSearchHit = {
  __typename?: 'TicketSearchHit';
  /**
   * Snippets of the matching text, as HTML: everything escaped, the matches inside `<mark>`. Only text
   * the caller may read (a customer never gets a snippet of an internal note).
   */
  highlights: Array<SearchHighlight>;
  /** How well it matches; higher is better. Only comparable within one search. */
  rank: Scalars['Float']['output'];
  /** The ticket. */
  ticket: Ticket;
};

/** Where a ticket is in its life. */
export type TicketStatus =
  /** An agent owns it. */
  | 'assigned'
  /** Finished for good. */
  | 'closed'
  /** An agent is working on it. */
  | 'in_progress'
  /** Just opened; nobody has picked it up. */
  | 'new'
  /** Solved; the customer may still reopen it. */
  | 'resolved'
  /** Waiting for the customer or a third party. */
  | 'waiting';

/** Changes to a ticket; omitted fields stay as they are. */
export type UpdateTicketInput = {
  /** New description (1–50,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New priority. */
  priority?: InputMaybe<TicketPriority>;
  /** New summary (1–200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in to Lotse (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable id. */
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Message: Message;
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Message:
    ( { __typename: 'Message' }
    & GraphQLRecursivePick<FederationTypes['Message'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddInternalNotePayload: ResolverTypeWrapper<Omit<AddInternalNotePayload, 'message' | 'ticket'> & { message: ResolversTypes['Message'], ticket: ResolversTypes['Ticket'] }>;
  AuditEvent: ResolverTypeWrapper<AuditEventEntity>;
  AuditEventConnection: ResolverTypeWrapper<AuditPage>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  BulkAssignInput: BulkAssignInput;
  BulkFailure: ResolverTypeWrapper<BulkFailure>;
  BulkStatusInput: BulkStatusInput;
  BulkUpdateTicketsInput: BulkUpdateTicketsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkUpdateTicketsPayload: ResolverTypeWrapper<Omit<BulkUpdateTicketsPayload, 'succeeded'> & { succeeded: Array<ResolversTypes['Ticket']> }>;
  CreateTicketInput: CreateTicketInput;
  CreateTicketPayload: ResolverTypeWrapper<Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EditMessageInput: EditMessageInput;
  EditMessagePayload: ResolverTypeWrapper<Omit<EditMessagePayload, 'message' | 'ticket'> & { message: ResolversTypes['Message'], ticket: ResolversTypes['Ticket'] }>;
  Entity: ResolverTypeWrapper<Entity>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  MergeTicketsPayload: ResolverTypeWrapper<MergeResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Message: ResolverTypeWrapper<MessageEntity>;
  MessageConnection: ResolverTypeWrapper<MessagePage>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: ResolverTypeWrapper<Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversTypes['Message'], ticket: ResolversTypes['Ticket'] }>;
  SearchHighlight: ResolverTypeWrapper<SearchHighlight>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketConnection: ResolverTypeWrapper<TicketPage>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketEvent: ResolverTypeWrapper<TicketEventMessage>;
  TicketEventType: null;
  TicketFilter: TicketFilter;
  TicketMessageEvent: ResolverTypeWrapper<TicketMessageEventView>;
  TicketOrder: TicketOrder;
  TicketOrderDirection: TicketOrderDirection;
  TicketOrderField: TicketOrderField;
  TicketPriority: null;
  TicketSearchConnection: ResolverTypeWrapper<SearchPage>;
  TicketSearchEdge: ResolverTypeWrapper<Omit<TicketSearchEdge, 'node'> & { node: ResolversTypes['TicketSearchHit'] }>;
  TicketSearchHit: ResolverTypeWrapper<Omit<TicketSearchHit, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  TicketStatus: null;
  UpdateTicketInput: UpdateTicketInput;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddInternalNotePayload: Omit<AddInternalNotePayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  AuditEvent: AuditEventEntity;
  AuditEventConnection: AuditPage;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  BulkAssignInput: BulkAssignInput;
  BulkFailure: BulkFailure;
  BulkStatusInput: BulkStatusInput;
  BulkUpdateTicketsInput: BulkUpdateTicketsInput;
  Boolean: Scalars['Boolean']['output'];
  BulkUpdateTicketsPayload: Omit<BulkUpdateTicketsPayload, 'succeeded'> & { succeeded: Array<ResolversParentTypes['Ticket']> };
  CreateTicketInput: CreateTicketInput;
  CreateTicketPayload: Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  DateTime: Scalars['DateTime']['output'];
  EditMessageInput: EditMessageInput;
  EditMessagePayload: Omit<EditMessagePayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  Entity: Entity;
  FieldChange: FieldChange;
  MergeTicketsPayload: MergeResult;
  Int: Scalars['Int']['output'];
  Message: MessageEntity;
  MessageConnection: MessagePage;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  SearchHighlight: SearchHighlight;
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketEntity;
  TicketConnection: TicketPage;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketEvent: TicketEventMessage;
  TicketFilter: TicketFilter;
  TicketMessageEvent: TicketMessageEventView;
  TicketOrder: TicketOrder;
  TicketSearchConnection: SearchPage;
  TicketSearchEdge: Omit<TicketSearchEdge, 'node'> & { node: ResolversParentTypes['TicketSearchHit'] };
  TicketSearchHit: Omit<TicketSearchHit, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  Float: Scalars['Float']['output'];
  UpdateTicketInput: UpdateTicketInput;
  User: User;
};

export type AddInternalNotePayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['AddInternalNotePayload'] = ResolversParentTypes['AddInternalNotePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BulkFailureResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['BulkFailure'] = ResolversParentTypes['BulkFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BulkUpdateTicketsPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['BulkUpdateTicketsPayload'] = ResolversParentTypes['BulkUpdateTicketsPayload']> = {
  failed?: Resolver<Array<ResolversTypes['BulkFailure']>, ParentType, ContextType>;
  succeeded?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
};

export type CreateTicketPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['CreateTicketPayload'] = ResolversParentTypes['CreateTicketPayload']> = {
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditMessagePayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['EditMessagePayload'] = ResolversParentTypes['EditMessagePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MergeTicketsPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['MergeTicketsPayload'] = ResolversParentTypes['MergeTicketsPayload']> = {
  movedMessages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message'], FederationReferenceType extends FederationReferenceTypes['Message'] = FederationReferenceTypes['Message']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Message']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFirstResponse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['MessageVisibility'], ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessageVisibilityResolvers = { INTERNAL_NOTE: 'internal_note', PUBLIC_REPLY: 'public_reply' };

export type MutationResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addInternalNote?: Resolver<ResolversTypes['AddInternalNotePayload'], ParentType, ContextType, RequireFields<MutationAddInternalNoteArgs, 'input'>>;
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'id'>>;
  bulkUpdateTickets?: Resolver<ResolversTypes['BulkUpdateTicketsPayload'], ParentType, ContextType, RequireFields<MutationBulkUpdateTicketsArgs, 'input'>>;
  changeTicketStatus?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationChangeTicketStatusArgs, 'id' | 'status'>>;
  createTicket?: Resolver<ResolversTypes['CreateTicketPayload'], ParentType, ContextType, RequireFields<MutationCreateTicketArgs, 'input'>>;
  deleteTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationDeleteTicketArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['EditMessagePayload'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'input'>>;
  linkTickets?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationLinkTicketsArgs, 'id' | 'relatedId'>>;
  mergeTickets?: Resolver<ResolversTypes['MergeTicketsPayload'], ParentType, ContextType, RequireFields<MutationMergeTicketsArgs, 'sourceId' | 'targetId'>>;
  replyToTicket?: Resolver<ResolversTypes['ReplyToTicketPayload'], ParentType, ContextType, RequireFields<MutationReplyToTicketArgs, 'input'>>;
  restoreTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRestoreTicketArgs, 'id'>>;
  setParentTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSetParentTicketArgs, 'id'>>;
  unlinkTickets?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUnlinkTicketsArgs, 'id' | 'relatedId'>>;
  updateTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  searchTickets?: Resolver<ResolversTypes['TicketSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchTicketsArgs, 'first' | 'query'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketByNumber?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketByNumberArgs, 'number'>>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first' | 'orderBy'>>;
};

export type ReplyToTicketPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['ReplyToTicketPayload'] = ResolversParentTypes['ReplyToTicketPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type SearchHighlightResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['SearchHighlight'] = ResolversParentTypes['SearchHighlight']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  ticketEvents?: SubscriptionResolver<ResolversTypes['TicketEvent'], "ticketEvents", ParentType, ContextType, Partial<SubscriptionTicketEventsArgs>>;
  ticketMessageAdded?: SubscriptionResolver<ResolversTypes['TicketMessageEvent'], "ticketMessageAdded", ParentType, ContextType, RequireFields<SubscriptionTicketMessageAddedArgs, 'ticketId'>>;
};

export type TicketResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  awaitingReply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<TicketHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  messageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<TicketMessagesArgs, 'first'>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  relatedTickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  resolutionNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketEventResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketEvent'] = ResolversParentTypes['TicketEvent']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TicketEventType'], ParentType, ContextType>;
};

export type TicketEventTypeResolvers = { CREATED: 'created', UPDATED: 'updated' };

export type TicketMessageEventResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketMessageEvent'] = ResolversParentTypes['TicketMessageEvent']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type TicketPriorityResolvers = { HIGH: 'high', LOW: 'low', MEDIUM: 'medium', URGENT: 'urgent' };

export type TicketSearchConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketSearchConnection'] = ResolversParentTypes['TicketSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TicketSearchEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketSearchEdge'] = ResolversParentTypes['TicketSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TicketSearchHit'], ParentType, ContextType>;
};

export type TicketSearchHitResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketSearchHit'] = ResolversParentTypes['TicketSearchHit']> = {
  highlights?: Resolver<Array<ResolversTypes['SearchHighlight']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketStatusResolvers = { ASSIGNED: 'assigned', CLOSED: 'closed', IN_PROGRESS: 'in_progress', NEW: 'new', RESOLVED: 'resolved', WAITING: 'waiting' };

export type UserResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = TicketsContext> = {
  AddInternalNotePayload?: AddInternalNotePayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BulkFailure?: BulkFailureResolvers<ContextType>;
  BulkUpdateTicketsPayload?: BulkUpdateTicketsPayloadResolvers<ContextType>;
  CreateTicketPayload?: CreateTicketPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EditMessagePayload?: EditMessagePayloadResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  MergeTicketsPayload?: MergeTicketsPayloadResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageVisibility?: MessageVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplyToTicketPayload?: ReplyToTicketPayloadResolvers<ContextType>;
  SearchHighlight?: SearchHighlightResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketEvent?: TicketEventResolvers<ContextType>;
  TicketEventType?: TicketEventTypeResolvers;
  TicketMessageEvent?: TicketMessageEventResolvers<ContextType>;
  TicketPriority?: TicketPriorityResolvers;
  TicketSearchConnection?: TicketSearchConnectionResolvers<ContextType>;
  TicketSearchEdge?: TicketSearchEdgeResolvers<ContextType>;
  TicketSearchHit?: TicketSearchHitResolvers<ContextType>;
  TicketStatus?: TicketStatusResolvers;
  User?: UserResolvers<ContextType>;
};

