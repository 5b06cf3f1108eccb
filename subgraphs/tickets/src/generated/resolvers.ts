import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TicketEntity } from '../modules/tickets/ticket.entity.ts';
import type { TicketPage } from '../modules/tickets/ticket.service.ts';
import type { AuditRecord, AuditPage } from '../modules/audit/audit.service.ts';
import type { SearchPage } from '../modules/search/search.service.ts';
import type { MergeResult } from '../modules/relations/relations.service.ts';
import type { TicketEventMessage } from '../modules/tickets/ticket-event.ts';
import type { MessageEntity } from '../modules/conversation/message.entity.ts';
import type { MessagePage } from '../modules/conversation/message.service.ts';
import type { TicketMessageEventView } from '../modules/conversation/message-subscription.ts';
import type { CategoryNode } from '../modules/categories/category.service.ts';
import type { TagEntity } from '../modules/tags/tag.entity.ts';
import type { CannedResponseEntity } from '../modules/canned-responses/canned-response.entity.ts';
import type { CannedResponsePage, RenderedCannedResponseView } from '../modules/canned-responses/canned-response.service.ts';
import type { TicketViewEntity, SavedTicketFilter } from '../modules/views/ticket-view.entity.ts';
import type { ImportSummary, ImportLineOutcome } from '../modules/import/import.service.ts';
import type { NotificationEntity } from '../modules/notifications/notification.entity.ts';
import type { NotificationPage } from '../modules/notifications/notification.service.ts';
import type { NotificationEventView } from '../modules/notifications/notification-subscription.ts';
import type { TicketPresenceView, TicketPresenceEntryView } from '../modules/presence/presence.service.ts';
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
 * the outboxes and the event bus, which the database keeps append-only.
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
  /** The part of Lotse that recorded the change, e.g. `tickets` or `identity`. */
  source: Scalars['String']['output'];
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

/**
 * A prepared reply staff insert into a message, of one entity and optionally of one category. Its body
 * may hold the placeholders `{{ticket.number}}`, `{{ticket.title}}`, `{{customer.name}}` and
 * `{{agent.name}}` (see `renderCannedResponse`). Staff who may update tickets of the entity use them;
 * admins with `support.canned.manage` manage them.
 */
export type CannedResponse = {
  __typename?: 'CannedResponse';
  /**
   * The body as sanitized HTML, placeholders included: the same elements a message keeps (p, br, strong,
   * em, u, s, a, ul, ol, li, blockquote, code, pre, h1–h3), up to 20,000 characters. Safe to render as HTML.
   */
  bodyHtml: Scalars['String']['output'];
  /** The body as plain text. Text, not HTML: escape it before putting it into HTML. */
  bodyText: Scalars['String']['output'];
  /** The category it is meant for; null for every ticket of the entity. */
  category: Maybe<TicketCategory>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: User;
  /** The entity it belongs to. */
  entity: Entity;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The placeholders the body uses, e.g. `ticket.number`, in order of first use. */
  placeholders: Array<Scalars['String']['output']>;
  /** The shortcut staff type to insert it, e.g. `/refund`: unique in the entity; null when it has none. */
  shortcut: Maybe<Scalars['String']['output']>;
  /** What it is about (1–200 characters). */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** How often it was inserted into a reply (`renderCannedResponse`). */
  usageCount: Scalars['Int']['output'];
};

/** A page of canned responses, newest first. */
export type CannedResponseConnection = {
  __typename?: 'CannedResponseConnection';
  /** The responses on this page. */
  edges: Array<CannedResponseEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many responses match in total. */
  totalCount: Scalars['Int']['output'];
};

/** One canned response in a page. */
export type CannedResponseEdge = {
  __typename?: 'CannedResponseEdge';
  /** Opaque position of this response in the list. */
  cursor: Scalars['String']['output'];
  /** The canned response. */
  node: CannedResponse;
};

/** A new canned response. */
export type CreateCannedResponseInput = {
  /**
   * The body as HTML (up to 20,000 characters), sanitized like a message; it must not be empty once
   * sanitized, and may use only the placeholders `{{ticket.number}}`, `{{ticket.title}}`,
   * `{{customer.name}}` and `{{agent.name}}`.
   */
  body: Scalars['String']['input'];
  /** A live category of the same entity, or a shared one, the response is meant for. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The entity code it belongs to. */
  entity: Scalars['String']['input'];
  /** A shortcut such as `/refund` (the `/` is added when missing): 1–30 lowercase letters, digits, `-` and `_`, unique in the entity. */
  shortcut?: InputMaybe<Scalars['String']['input']>;
  /** What it is about (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A new ticket category. */
export type CreateTicketCategoryInput = {
  /**
   * A staff member to route tickets of the category to. For an entity's category they must work tickets
   * of that entity; for a shared category they must work tickets somewhere, and routing checks the
   * ticket's entity each time.
   */
  defaultAssigneeId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The entity code the category belongs to; omit or null for a category shared by every entity
   * (which takes `support.categories.manage` in every entity).
   */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** The name (1–80 characters, no `/`), unique among its siblings regardless of case. */
  name: Scalars['String']['input'];
  /** The category to create it in (of the same entity, or shared); omit for a root category. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
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

/** A new saved view. */
export type CreateTicketViewInput = {
  /** The filter, with the rules of `Query.tickets`; omitted: every ticket. */
  filter?: InputMaybe<TicketFilter>;
  /** Its name (1–80 characters). */
  name: Scalars['String']['input'];
  /** The order; omitted: newest first. */
  orderBy?: InputMaybe<TicketOrder>;
  /**
   * Share it with the staff of this entity (you must work its tickets); its filter's `entity` must then be
   * this entity or omitted. Omitted or null: a personal view.
   */
  sharedWithEntity?: InputMaybe<Scalars['String']['input']>;
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

/** One line of an import file and its outcome. */
export type ImportLineResult = {
  __typename?: 'ImportLineResult';
  /** The line's externalId; null when the line is not valid JSON or has none. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The line's number in the file, from 1 (blank lines count). */
  line: Scalars['Int']['output'];
  /** Why the line failed, starting with the field it is about when there is one; null otherwise. */
  reason: Maybe<Scalars['String']['output']>;
  /** Imported, skipped or failed. */
  status: ImportLineStatus;
  /** The ticket the line became (imported) or became earlier (skipped); null when it failed. */
  ticketId: Maybe<Scalars['ID']['output']>;
};

/** What became of one line of an import file. */
export type ImportLineStatus =
  /** The line is invalid or names someone or something unknown; nothing of it was written. */
  | 'failed'
  /** The line became a ticket with its history. */
  | 'imported'
  /** A ticket with this externalId was imported into the entity before; nothing changed. */
  | 'skipped';

/** The outcome of an import: counts and each line's result, in file order. */
export type ImportTicketsPayload = {
  __typename?: 'ImportTicketsPayload';
  /** How many lines failed. */
  failed: Scalars['Int']['output'];
  /** How many lines became tickets. */
  imported: Scalars['Int']['output'];
  /** Each non-blank line's result, in file order. */
  lines: Array<ImportLineResult>;
  /** How many lines were imported before and changed nothing. */
  skipped: Scalars['Int']['output'];
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
  /**
   * A heartbeat: the caller is viewing or replying to the ticket. Send it when opening the ticket, when the
   * activity changes and every 10–15 seconds; presence ends 30 seconds after the last one, or when the
   * caller's `ticketPresence` subscription on the ticket ends. Returns who else is there. Needs
   * `support.tickets.update` on the ticket.
   */
  announceTicketPresence: TicketPresence;
  /**
   * Archives a category and everything inside it: they stay on the tickets that have them but can no
   * longer be chosen. Archiving an archived category changes nothing. Needs `support.categories.manage`.
   */
  archiveTicketCategory: TicketCategory;
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
  /** Creates a canned response. Needs `support.canned.manage` in its entity. */
  createCannedResponse: CannedResponse;
  /** Opens a ticket. */
  createTicket: CreateTicketPayload;
  /** Creates a ticket category. Needs `support.categories.manage` in its entity (shared: in every entity). */
  createTicketCategory: TicketCategory;
  /** Saves a view (at most 100 per user). Needs `support.tickets.update` in some entity. */
  createTicketView: TicketView;
  /** Deletes a canned response (its history stays in the audit trail) and returns its id. Needs `support.canned.manage`. */
  deleteCannedResponse: Scalars['ID']['output'];
  /** Deletes a ticket softly: it disappears from every query, count and subscription, but can be restored. Needs `support.tickets.delete`. */
  deleteTicket: Ticket;
  /** Deletes a view and returns its id. Its owner, or for a shared view an admin of its entity. */
  deleteTicketView: Scalars['ID']['output'];
  /** Changes the body of a message. Only its author may, while still allowed to write it; not on closed tickets. */
  editMessage: EditMessagePayload;
  /**
   * Imports tickets with their history from another desk: NDJSON, one ticket per line
   * (docs/tickets/import.md), up to 1,000,000 characters. Each line is its own transaction: good lines
   * land, bad lines are reported and leave nothing behind; a line whose externalId was imported into its
   * entity before is skipped. Needs `support.tickets.import` in each line's entity (admins). The people a
   * line names must be known to the tickets desk: staff who work tickets of the entity, customers an
   * earlier CLI import created or resolved. Import larger files, or files with new customers, with
   * `lotse import-tickets <file>`.
   */
  importTickets: ImportTicketsPayload;
  /** Links two related tickets of one entity. Needs update rights on both. */
  linkTickets: Ticket;
  /**
   * Marks the caller's notifications read: the listed ones (up to 100), or all with `all: true` (pass one
   * of the two). Returns the unread count afterwards. Others' ids change nothing.
   */
  markNotificationsRead: Scalars['Int']['output'];
  /**
   * Merges a duplicate into another ticket of its entity: the duplicate's messages and children move to the
   * target and it closes with a pointer to it; both histories record the merge. Needs close rights on the
   * duplicate and update rights on the target.
   */
  mergeTickets: MergeTicketsPayload;
  /**
   * Moves a live category, with everything inside it, into another category of the same entity or a
   * shared one, or to the root. Refused (BAD_USER_INPUT on `parentId`) when that would make a cycle or
   * nest deeper than 5 levels. Needs `support.categories.manage`.
   */
  moveTicketCategory: TicketCategory;
  /** Renames a live category. Needs `support.categories.manage`. */
  renameTicketCategory: TicketCategory;
  /** Renames a view. Its owner, or for a shared view an admin of its entity. */
  renameTicketView: TicketView;
  /**
   * Fills a canned response in for a ticket (see `RenderedCannedResponse`) and counts the use. The
   * response must belong to the ticket's entity; needs `support.tickets.update` on the ticket.
   */
  renderCannedResponse: RenderedCannedResponse;
  /** Posts a public reply. Staff who may update the ticket, and the customer who opened it, may reply. */
  replyToTicket: ReplyToTicketPayload;
  /** Brings a deleted ticket back. Needs `support.tickets.delete`. */
  restoreTicket: Ticket;
  /** Makes a ticket part of another ticket of its entity, or of none with a null parentId; never of its own child. */
  setParentTicket: Ticket;
  /**
   * Sets or clears a ticket's category: a live category of the ticket's entity or a shared one. Needs
   * `support.tickets.update` on the ticket. An unassigned ticket is routed to the category's default
   * assignee (or its nearest ancestor's) when that person works tickets of the ticket's entity.
   */
  setTicketCategory: Ticket;
  /** Sets or clears a live category's default assignee. Needs `support.categories.manage`. */
  setTicketCategoryDefaultAssignee: TicketCategory;
  /**
   * Adds and removes tags of a ticket in one change. Tags are normalized (trimmed, lowercased, inner
   * spaces become `-`), must be 1–50 characters of letters, digits, `-`, `_` and `.`, and a ticket carries
   * at most 20. Adding a tag it has, or removing one it has not, changes nothing. Needs
   * `support.tickets.update` on the ticket.
   */
  tagTicket: Ticket;
  /** Removes the link between two tickets. */
  unlinkTickets: Ticket;
  /** Changes a canned response. Needs `support.canned.manage` in its entity. */
  updateCannedResponse: CannedResponse;
  /** Changes a ticket's title, description or priority. */
  updateTicket: Ticket;
  /** Changes a view. Its owner, or for a shared view an admin of its entity (sharing: the owner only). */
  updateTicketView: TicketView;
};


export type MutationAddInternalNoteArgs = {
  input: AddInternalNoteInput;
};


export type MutationAnnounceTicketPresenceArgs = {
  activity: TicketPresenceActivity;
  ticketId: Scalars['ID']['input'];
};


export type MutationArchiveTicketCategoryArgs = {
  id: Scalars['ID']['input'];
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


export type MutationCreateCannedResponseArgs = {
  input: CreateCannedResponseInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateTicketCategoryArgs = {
  input: CreateTicketCategoryInput;
};


export type MutationCreateTicketViewArgs = {
  input: CreateTicketViewInput;
};


export type MutationDeleteCannedResponseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTicketViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  input: EditMessageInput;
};


export type MutationImportTicketsArgs = {
  ndjson: Scalars['String']['input'];
};


export type MutationLinkTicketsArgs = {
  id: Scalars['ID']['input'];
  relatedId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeTicketsArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationMoveTicketCategoryArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRenameTicketCategoryArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameTicketViewArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenderCannedResponseArgs = {
  id: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
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


export type MutationSetTicketCategoryArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationSetTicketCategoryDefaultAssigneeArgs = {
  defaultAssigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationTagTicketArgs = {
  add?: InputMaybe<Array<Scalars['String']['input']>>;
  remove?: InputMaybe<Array<Scalars['String']['input']>>;
  ticketId: Scalars['ID']['input'];
};


export type MutationUnlinkTicketsArgs = {
  id: Scalars['ID']['input'];
  relatedId: Scalars['ID']['input'];
};


export type MutationUpdateCannedResponseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCannedResponseInput;
};


export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
};


export type MutationUpdateTicketViewArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketViewInput;
};

/**
 * An in-app notification of the signed-in staff member about one ticket. Shown only while they may read
 * the ticket: after losing access (or when the ticket is deleted) it is neither listed nor counted.
 */
export type Notification = {
  __typename?: 'Notification';
  /** Who caused it (the author of the message, who assigned the ticket); null when nobody did. */
  actor: Maybe<User>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why they were notified. */
  kind: NotificationKind;
  /** The message it is about (MENTIONED, CUSTOMER_REPLIED); null otherwise or when it is out of the caller's reach. */
  message: Maybe<Message>;
  /** Whether it was marked read. */
  read: Scalars['Boolean']['output'];
  /** When it was marked read; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The ticket it is about. */
  ticket: Ticket;
};

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications on this page. */
  edges: Array<NotificationEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many notifications match in total. */
  totalCount: Scalars['Int']['output'];
};

/** One notification in a page. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque position of this notification in the list. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a `notificationAdded` subscriber receives. */
export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  /** The new notification. */
  notification: Notification;
};

/** Why a staff member was notified. */
export type NotificationKind =
  /** Someone else assigned the ticket to them. */
  | 'assigned'
  /** The customer replied on a ticket assigned to them. */
  | 'customer_replied'
  /** Someone mentioned them in a message of the ticket. */
  | 'mentioned';

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
  /**
   * The audit log of every part of Lotse (tickets, identity, …), newest first. Requires audit.read; limited
   * to its entities. A change appears once the event relay has copied it to the bus, normally within
   * milliseconds.
   */
  auditLog: AuditEventConnection;
  /**
   * Canned responses of an entity, newest first, 1–100 per page. Empty when the caller may not update
   * tickets there and does not manage its canned responses.
   */
  cannedResponses: CannedResponseConnection;
  /** A message by id, or null when it does not exist or the caller may not read it. */
  message: Maybe<Message>;
  /** One of the caller's notifications; null for anyone else's or a missing id. */
  notification: Maybe<Notification>;
  /** The caller's notifications, newest first, 1–100 per page; empty for callers who read no tickets. */
  notifications: NotificationConnection;
  /**
   * Tickets whose title, description or readable messages match the words, best first: German and
   * English word forms, accents ignored, quotes for phrases, `-word` to exclude, typos in titles, and
   * ticket numbers (`KA-2026-42`). Up to 1,000 results, 1–100 per page.
   */
  searchTickets: TicketSearchConnection;
  /**
   * Canned responses of the ticket's entity that fit the ticket best, by how similar their title and body
   * are to the ticket's title and description (full text and title trigrams), those of the ticket's
   * category and its ancestors first. Only responses that match at all; empty when the ticket is out of
   * reach or the caller may not update it.
   */
  suggestedCannedResponses: Array<CannedResponse>;
  /** A ticket by id, or null when it does not exist or the caller may not see it. */
  ticket: Maybe<Ticket>;
  /** A ticket by its number (e.g. `KA-2026-00001`), or null when it does not exist or is out of reach. */
  ticketByNumber: Maybe<Ticket>;
  /**
   * The category tree of an entity as a flat list in tree order (each category followed by its
   * subcategories, siblings by name): the entity's own categories and the shared ones. Empty when the
   * caller does not read tickets of that entity.
   */
  ticketCategories: Array<TicketCategory>;
  /**
   * Tags of an entity starting with a prefix, most used first (then by name), for autocomplete. Empty
   * when the caller is not staff who reads that entity's tickets.
   */
  ticketTags: Array<TicketTag>;
  /** A saved view the caller may see; null otherwise. */
  ticketView: Maybe<TicketView>;
  /**
   * The caller's saved views and those shared with an entity whose tickets they work: shared ones first
   * (by entity), then personal ones, each by name. Empty for customers.
   */
  ticketViews: Array<TicketView>;
  /** Tickets the caller may see, newest first unless `orderBy` says otherwise, 1–100 per page. */
  tickets: TicketConnection;
  /** How many of the caller's notifications are unread (about tickets they may still read). */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCannedResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  entity: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySearchTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  status?: InputMaybe<Array<TicketStatus>>;
};


export type QuerySuggestedCannedResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryTicketCategoriesArgs = {
  entity: Scalars['String']['input'];
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTicketTagsArgs = {
  entity: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTicketViewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};

/** A canned response filled in for one ticket, ready to insert into a reply. */
export type RenderedCannedResponse = {
  __typename?: 'RenderedCannedResponse';
  /**
   * The body as sanitized HTML with `{{ticket.number}}` and `{{ticket.title}}` filled in (HTML-escaped).
   * The placeholders in `unfilledPlaceholders` are left as they are for the client to fill.
   */
  bodyHtml: Scalars['String']['output'];
  /** The same as plain text (not HTML). */
  bodyText: Scalars['String']['output'];
  /** The canned response (its usage count already includes this use). */
  cannedResponse: CannedResponse;
  /** The ticket it was rendered for. */
  ticket: Ticket;
  /**
   * Placeholders the subgraph cannot fill because the names live in the identity subgraph: replace
   * `{{customer.name}}` with the HTML-escaped `ticket.createdBy.name` (select it on `ticket` in the same
   * mutation) and `{{agent.name}}` with the signed-in user's name.
   */
  unfilledPlaceholders: Array<Scalars['String']['output']>;
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
  /** The caller's new notifications from now on, oldest first; only ever their own. */
  notificationAdded: NotificationEvent;
  /** Tickets created or changed (status changes and restores included) from now on, limited to live tickets the subscriber may see. */
  ticketEvents: TicketEvent;
  /** Messages added to one ticket from now on, oldest first; customers receive public replies only. */
  ticketMessageAdded: TicketMessageEvent;
  /**
   * Who else is viewing or replying to the ticket: the current state at once, then every change (within
   * about 2 seconds across replicas, at once within one). Ending it removes the caller's own presence on
   * the ticket. Needs `support.tickets.update` on the ticket.
   */
  ticketPresence: TicketPresence;
};


export type SubscriptionTicketEventsArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionTicketMessageAddedArgs = {
  ticketId: Scalars['ID']['input'];
};


export type SubscriptionTicketPresenceArgs = {
  ticketId: Scalars['ID']['input'];
};

/** A support request from a customer or opened by staff on their behalf. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent who owns the ticket, if any. */
  assignee: Maybe<User>;
  /** Whether the customer's latest public message still waits for an answer from staff. */
  awaitingReply: Scalars['Boolean']['output'];
  /** The ticket's category, if it has one (possibly archived since it was set). */
  category: Maybe<TicketCategory>;
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
  /** The ticket's tags, in alphabetical order. Tags are for staff: customers get an empty list. */
  tags: Array<Scalars['String']['output']>;
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

/**
 * A category tickets are sorted into, such as `Billing/Invoices`. Categories nest up to 5 levels deep and
 * belong to one entity, or are shared by every entity; an entity's own category may sit inside a shared
 * one. Whoever reads tickets in an entity reads its categories and the shared ones; admins with
 * `support.categories.manage` manage them (shared ones: in every entity).
 */
export type TicketCategory = {
  __typename?: 'TicketCategory';
  /** Whether the category is archived: it stays on the tickets that have it but can no longer be chosen or changed. */
  archived: Scalars['Boolean']['output'];
  /** When it was archived; null while it is live. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * The categories directly inside this one, in name order (within the entity whose tree is being read,
   * plus shared ones).
   */
  children: Array<TicketCategory>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The staff member tickets of this category (or of its subcategories without their own) are routed
   * to when the category is set on an unassigned ticket. Visible to staff only; null for customers.
   */
  defaultAssignee: Maybe<User>;
  /** How deep the category sits: 1 for a root category, at most 5. */
  depth: Scalars['Int']['output'];
  /** The entity the category belongs to; null for a category shared by every entity. */
  entity: Maybe<Entity>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The category's own name (1–80 characters, no `/`), unique among its siblings regardless of case. */
  name: Scalars['String']['output'];
  /** The category this one sits in; null for a root category. */
  parent: Maybe<TicketCategory>;
  /** The names from the root down to this category, joined with `/`, e.g. `Billing/Invoices`. */
  path: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A category tickets are sorted into, such as `Billing/Invoices`. Categories nest up to 5 levels deep and
 * belong to one entity, or are shared by every entity; an entity's own category may sit inside a shared
 * one. Whoever reads tickets in an entity reads its categories and the shared ones; admins with
 * `support.categories.manage` manage them (shared ones: in every entity).
 */
export type TicketCategoryChildrenArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Only tickets in this category or any of its subcategories. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Only tickets with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
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

/** Who else is on a ticket right now (the caller left out). */
export type TicketPresence = {
  __typename?: 'TicketPresence';
  /** The other staff members viewing or replying, by user id. */
  others: Array<TicketPresenceEntry>;
  /** The ticket's id. */
  ticketId: Scalars['ID']['output'];
};

/** What a staff member is doing on a ticket. */
export type TicketPresenceActivity =
  /** Is writing a reply or note. */
  | 'replying'
  /** Has the ticket open. */
  | 'viewing';

/** One other staff member on a ticket. */
export type TicketPresenceEntry = {
  __typename?: 'TicketPresenceEntry';
  /** What they are doing. */
  activity: TicketPresenceActivity;
  /** Who. */
  user: User;
};

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

/** A tag of an entity, as autocomplete offers it. */
export type TicketTag = {
  __typename?: 'TicketTag';
  /** The normalized tag: lowercase letters, digits, `-`, `_` and `.`, 1–50 characters (spaces become `-`). */
  name: Scalars['String']['output'];
  /** How many tickets carry the tag. */
  useCount: Scalars['Int']['output'];
};

/**
 * A saved ticket list: a name, a ticket filter and an order. Personal (only its owner sees it) or shared
 * with the staff of one entity who work its tickets. What it lists is decided when it is read, by the
 * reader's own access to tickets: a shared view never shows anyone a ticket they could not list with
 * `Query.tickets`.
 */
export type TicketView = {
  __typename?: 'TicketView';
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** The saved filter, as `Query.tickets` takes it (fields that were not set are null). */
  filter: TicketViewFilter;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its name (1–80 characters). */
  name: Scalars['String']['output'];
  /** The saved order. */
  orderBy: TicketViewOrder;
  /** Who saved it. */
  owner: User;
  /** The entity whose staff it is shared with; null for a personal view. A shared view lists tickets of this entity only. */
  sharedWith: Maybe<Entity>;
  /**
   * The tickets the view lists for the caller, right now: the saved filter and order run through
   * `Query.tickets` with the caller's access (and `assignedToMe` meaning the caller).
   */
  tickets: TicketConnection;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the caller may rename, change or delete it: its owner, and for a shared view the admins of its entity. */
  viewerCanChange: Scalars['Boolean']['output'];
};


/**
 * A saved ticket list: a name, a ticket filter and an order. Personal (only its owner sees it) or shared
 * with the staff of one entity who work its tickets. What it lists is decided when it is read, by the
 * reader's own access to tickets: a shared view never shows anyone a ticket they could not list with
 * `Query.tickets`.
 */
export type TicketViewTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A saved ticket filter; the fields mean what they mean in the input `TicketFilter`. */
export type TicketViewFilter = {
  __typename?: 'TicketViewFilter';
  /** true: only tickets assigned to whoever reads the view; false: only tickets not assigned to them. */
  assignedToMe: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets assigned to this user. */
  assigneeId: Maybe<Scalars['ID']['output']>;
  /** true: only tickets whose customer waits for an answer; false: only tickets where nobody waits. */
  awaitingReply: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets in this category or any of its subcategories. */
  categoryId: Maybe<Scalars['ID']['output']>;
  /** Only tickets opened at or after this instant. */
  createdAfter: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets opened before this instant. */
  createdBefore: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets opened by this user. */
  createdById: Maybe<Scalars['ID']['output']>;
  /** true: only deleted tickets (empty for readers who may not delete tickets). */
  deleted: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets of this entity code. */
  entity: Maybe<Scalars['String']['output']>;
  /** Only tickets with one of these priorities. */
  priority: Maybe<Array<TicketPriority>>;
  /** Only tickets in one of these statuses. */
  status: Maybe<Array<TicketStatus>>;
  /** Only tickets with this tag (normalized). */
  tag: Maybe<Scalars['String']['output']>;
  /** true: only tickets nobody owns; false: only tickets someone owns. */
  unassigned: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets last changed at or after this instant. */
  updatedAfter: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets last changed before this instant. */
  updatedBefore: Maybe<Scalars['DateTime']['output']>;
};

/** A saved ticket order. */
export type TicketViewOrder = {
  __typename?: 'TicketViewOrder';
  /** Which way. */
  direction: TicketOrderDirection;
  /** What it sorts by. */
  field: TicketOrderField;
};

/** Changes to a canned response; omitted fields stay as they are. */
export type UpdateCannedResponseInput = {
  /** New body, with the same rules as when creating. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** New category; null removes it. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** New shortcut; null removes it. */
  shortcut?: InputMaybe<Scalars['String']['input']>;
  /** New title (1–200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a ticket; omitted fields stay as they are. */
export type UpdateTicketInput = {
  /** New description (1–50,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New priority. */
  priority?: InputMaybe<TicketPriority>;
  /** New summary (1–200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a saved view; omitted fields stay as they are. */
export type UpdateTicketViewInput = {
  /** New filter (replaces the old one as a whole). */
  filter?: InputMaybe<TicketFilter>;
  /** New name (1–80 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New order. */
  orderBy?: InputMaybe<TicketOrder>;
  /** Share it with this entity instead; null makes it personal. Only its owner may change this. */
  sharedWithEntity?: InputMaybe<Scalars['String']['input']>;
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
  AuditEvent: ResolverTypeWrapper<AuditRecord>;
  AuditEventConnection: ResolverTypeWrapper<AuditPage>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  BulkAssignInput: BulkAssignInput;
  BulkFailure: ResolverTypeWrapper<BulkFailure>;
  BulkStatusInput: BulkStatusInput;
  BulkUpdateTicketsInput: BulkUpdateTicketsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkUpdateTicketsPayload: ResolverTypeWrapper<Omit<BulkUpdateTicketsPayload, 'succeeded'> & { succeeded: Array<ResolversTypes['Ticket']> }>;
  CannedResponse: ResolverTypeWrapper<CannedResponseEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CannedResponseConnection: ResolverTypeWrapper<CannedResponsePage>;
  CannedResponseEdge: ResolverTypeWrapper<Omit<CannedResponseEdge, 'node'> & { node: ResolversTypes['CannedResponse'] }>;
  CreateCannedResponseInput: CreateCannedResponseInput;
  CreateTicketCategoryInput: CreateTicketCategoryInput;
  CreateTicketInput: CreateTicketInput;
  CreateTicketPayload: ResolverTypeWrapper<Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  CreateTicketViewInput: CreateTicketViewInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EditMessageInput: EditMessageInput;
  EditMessagePayload: ResolverTypeWrapper<Omit<EditMessagePayload, 'message' | 'ticket'> & { message: ResolversTypes['Message'], ticket: ResolversTypes['Ticket'] }>;
  Entity: ResolverTypeWrapper<Entity>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ImportLineResult: ResolverTypeWrapper<ImportLineOutcome>;
  ImportLineStatus: null;
  ImportTicketsPayload: ResolverTypeWrapper<ImportSummary>;
  MergeTicketsPayload: ResolverTypeWrapper<MergeResult>;
  Message: ResolverTypeWrapper<MessageEntity>;
  MessageConnection: ResolverTypeWrapper<MessagePage>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationEntity>;
  NotificationConnection: ResolverTypeWrapper<NotificationPage>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationEvent: ResolverTypeWrapper<NotificationEventView>;
  NotificationKind: null;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RenderedCannedResponse: ResolverTypeWrapper<RenderedCannedResponseView>;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: ResolverTypeWrapper<Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversTypes['Message'], ticket: ResolversTypes['Ticket'] }>;
  SearchHighlight: ResolverTypeWrapper<SearchHighlight>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketCategory: ResolverTypeWrapper<CategoryNode>;
  TicketConnection: ResolverTypeWrapper<TicketPage>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketEvent: ResolverTypeWrapper<TicketEventMessage>;
  TicketEventType: null;
  TicketFilter: TicketFilter;
  TicketMessageEvent: ResolverTypeWrapper<TicketMessageEventView>;
  TicketOrder: TicketOrder;
  TicketOrderDirection: TicketOrderDirection;
  TicketOrderField: TicketOrderField;
  TicketPresence: ResolverTypeWrapper<TicketPresenceView>;
  TicketPresenceActivity: null;
  TicketPresenceEntry: ResolverTypeWrapper<TicketPresenceEntryView>;
  TicketPriority: null;
  TicketSearchConnection: ResolverTypeWrapper<SearchPage>;
  TicketSearchEdge: ResolverTypeWrapper<Omit<TicketSearchEdge, 'node'> & { node: ResolversTypes['TicketSearchHit'] }>;
  TicketSearchHit: ResolverTypeWrapper<Omit<TicketSearchHit, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  TicketStatus: null;
  TicketTag: ResolverTypeWrapper<TagEntity>;
  TicketView: ResolverTypeWrapper<TicketViewEntity>;
  TicketViewFilter: ResolverTypeWrapper<SavedTicketFilter>;
  TicketViewOrder: ResolverTypeWrapper<TicketViewOrder>;
  UpdateCannedResponseInput: UpdateCannedResponseInput;
  UpdateTicketInput: UpdateTicketInput;
  UpdateTicketViewInput: UpdateTicketViewInput;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddInternalNotePayload: Omit<AddInternalNotePayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  AuditEvent: AuditRecord;
  AuditEventConnection: AuditPage;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  BulkAssignInput: BulkAssignInput;
  BulkFailure: BulkFailure;
  BulkStatusInput: BulkStatusInput;
  BulkUpdateTicketsInput: BulkUpdateTicketsInput;
  Boolean: Scalars['Boolean']['output'];
  BulkUpdateTicketsPayload: Omit<BulkUpdateTicketsPayload, 'succeeded'> & { succeeded: Array<ResolversParentTypes['Ticket']> };
  CannedResponse: CannedResponseEntity;
  Int: Scalars['Int']['output'];
  CannedResponseConnection: CannedResponsePage;
  CannedResponseEdge: Omit<CannedResponseEdge, 'node'> & { node: ResolversParentTypes['CannedResponse'] };
  CreateCannedResponseInput: CreateCannedResponseInput;
  CreateTicketCategoryInput: CreateTicketCategoryInput;
  CreateTicketInput: CreateTicketInput;
  CreateTicketPayload: Omit<CreateTicketPayload, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  CreateTicketViewInput: CreateTicketViewInput;
  DateTime: Scalars['DateTime']['output'];
  EditMessageInput: EditMessageInput;
  EditMessagePayload: Omit<EditMessagePayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  Entity: Entity;
  FieldChange: FieldChange;
  ImportLineResult: ImportLineOutcome;
  ImportTicketsPayload: ImportSummary;
  MergeTicketsPayload: MergeResult;
  Message: MessageEntity;
  MessageConnection: MessagePage;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationEntity;
  NotificationConnection: NotificationPage;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationEvent: NotificationEventView;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RenderedCannedResponse: RenderedCannedResponseView;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversParentTypes['Message'], ticket: ResolversParentTypes['Ticket'] };
  SearchHighlight: SearchHighlight;
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketEntity;
  TicketCategory: CategoryNode;
  TicketConnection: TicketPage;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketEvent: TicketEventMessage;
  TicketFilter: TicketFilter;
  TicketMessageEvent: TicketMessageEventView;
  TicketOrder: TicketOrder;
  TicketPresence: TicketPresenceView;
  TicketPresenceEntry: TicketPresenceEntryView;
  TicketSearchConnection: SearchPage;
  TicketSearchEdge: Omit<TicketSearchEdge, 'node'> & { node: ResolversParentTypes['TicketSearchHit'] };
  TicketSearchHit: Omit<TicketSearchHit, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  Float: Scalars['Float']['output'];
  TicketTag: TagEntity;
  TicketView: TicketViewEntity;
  TicketViewFilter: SavedTicketFilter;
  TicketViewOrder: TicketViewOrder;
  UpdateCannedResponseInput: UpdateCannedResponseInput;
  UpdateTicketInput: UpdateTicketInput;
  UpdateTicketViewInput: UpdateTicketViewInput;
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
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CannedResponseResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['CannedResponse'] = ResolversParentTypes['CannedResponse']> = {
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['TicketCategory']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placeholders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  shortcut?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CannedResponseConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['CannedResponseConnection'] = ResolversParentTypes['CannedResponseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CannedResponseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CannedResponseEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['CannedResponseEdge'] = ResolversParentTypes['CannedResponseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CannedResponse'], ParentType, ContextType>;
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

export type ImportLineResultResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['ImportLineResult'] = ResolversParentTypes['ImportLineResult']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportLineStatus'], ParentType, ContextType>;
  ticketId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ImportLineStatusResolvers = { FAILED: 'failed', IMPORTED: 'imported', SKIPPED: 'skipped' };

export type ImportTicketsPayloadResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['ImportTicketsPayload'] = ResolversParentTypes['ImportTicketsPayload']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ImportLineResult']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  announceTicketPresence?: Resolver<ResolversTypes['TicketPresence'], ParentType, ContextType, RequireFields<MutationAnnounceTicketPresenceArgs, 'activity' | 'ticketId'>>;
  archiveTicketCategory?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType, RequireFields<MutationArchiveTicketCategoryArgs, 'id'>>;
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'id'>>;
  bulkUpdateTickets?: Resolver<ResolversTypes['BulkUpdateTicketsPayload'], ParentType, ContextType, RequireFields<MutationBulkUpdateTicketsArgs, 'input'>>;
  changeTicketStatus?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationChangeTicketStatusArgs, 'id' | 'status'>>;
  createCannedResponse?: Resolver<ResolversTypes['CannedResponse'], ParentType, ContextType, RequireFields<MutationCreateCannedResponseArgs, 'input'>>;
  createTicket?: Resolver<ResolversTypes['CreateTicketPayload'], ParentType, ContextType, RequireFields<MutationCreateTicketArgs, 'input'>>;
  createTicketCategory?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType, RequireFields<MutationCreateTicketCategoryArgs, 'input'>>;
  createTicketView?: Resolver<ResolversTypes['TicketView'], ParentType, ContextType, RequireFields<MutationCreateTicketViewArgs, 'input'>>;
  deleteCannedResponse?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteCannedResponseArgs, 'id'>>;
  deleteTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationDeleteTicketArgs, 'id'>>;
  deleteTicketView?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTicketViewArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['EditMessagePayload'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'input'>>;
  importTickets?: Resolver<ResolversTypes['ImportTicketsPayload'], ParentType, ContextType, RequireFields<MutationImportTicketsArgs, 'ndjson'>>;
  linkTickets?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationLinkTicketsArgs, 'id' | 'relatedId'>>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  mergeTickets?: Resolver<ResolversTypes['MergeTicketsPayload'], ParentType, ContextType, RequireFields<MutationMergeTicketsArgs, 'sourceId' | 'targetId'>>;
  moveTicketCategory?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType, RequireFields<MutationMoveTicketCategoryArgs, 'id'>>;
  renameTicketCategory?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType, RequireFields<MutationRenameTicketCategoryArgs, 'id' | 'name'>>;
  renameTicketView?: Resolver<ResolversTypes['TicketView'], ParentType, ContextType, RequireFields<MutationRenameTicketViewArgs, 'id' | 'name'>>;
  renderCannedResponse?: Resolver<ResolversTypes['RenderedCannedResponse'], ParentType, ContextType, RequireFields<MutationRenderCannedResponseArgs, 'id' | 'ticketId'>>;
  replyToTicket?: Resolver<ResolversTypes['ReplyToTicketPayload'], ParentType, ContextType, RequireFields<MutationReplyToTicketArgs, 'input'>>;
  restoreTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRestoreTicketArgs, 'id'>>;
  setParentTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSetParentTicketArgs, 'id'>>;
  setTicketCategory?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationSetTicketCategoryArgs, 'ticketId'>>;
  setTicketCategoryDefaultAssignee?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType, RequireFields<MutationSetTicketCategoryDefaultAssigneeArgs, 'id'>>;
  tagTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationTagTicketArgs, 'add' | 'remove' | 'ticketId'>>;
  unlinkTickets?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUnlinkTicketsArgs, 'id' | 'relatedId'>>;
  updateCannedResponse?: Resolver<ResolversTypes['CannedResponse'], ParentType, ContextType, RequireFields<MutationUpdateCannedResponseArgs, 'id' | 'input'>>;
  updateTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'id' | 'input'>>;
  updateTicketView?: Resolver<ResolversTypes['TicketView'], ParentType, ContextType, RequireFields<MutationUpdateTicketViewArgs, 'id' | 'input'>>;
};

export type NotificationResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationEventResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['NotificationEvent'] = ResolversParentTypes['NotificationEvent']> = {
  notification?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationKindResolvers = { ASSIGNED: 'assigned', CUSTOMER_REPLIED: 'customer_replied', MENTIONED: 'mentioned' };

export type PageInfoResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  cannedResponses?: Resolver<ResolversTypes['CannedResponseConnection'], ParentType, ContextType, RequireFields<QueryCannedResponsesArgs, 'entity' | 'first'>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationArgs, 'id'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  searchTickets?: Resolver<ResolversTypes['TicketSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchTicketsArgs, 'first' | 'query'>>;
  suggestedCannedResponses?: Resolver<Array<ResolversTypes['CannedResponse']>, ParentType, ContextType, RequireFields<QuerySuggestedCannedResponsesArgs, 'first' | 'ticketId'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketByNumber?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketByNumberArgs, 'number'>>;
  ticketCategories?: Resolver<Array<ResolversTypes['TicketCategory']>, ParentType, ContextType, RequireFields<QueryTicketCategoriesArgs, 'entity' | 'includeArchived'>>;
  ticketTags?: Resolver<Array<ResolversTypes['TicketTag']>, ParentType, ContextType, RequireFields<QueryTicketTagsArgs, 'entity' | 'first'>>;
  ticketView?: Resolver<Maybe<ResolversTypes['TicketView']>, ParentType, ContextType, RequireFields<QueryTicketViewArgs, 'id'>>;
  ticketViews?: Resolver<Array<ResolversTypes['TicketView']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first' | 'orderBy'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RenderedCannedResponseResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['RenderedCannedResponse'] = ResolversParentTypes['RenderedCannedResponse']> = {
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cannedResponse?: Resolver<ResolversTypes['CannedResponse'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  unfilledPlaceholders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  notificationAdded?: SubscriptionResolver<ResolversTypes['NotificationEvent'], "notificationAdded", ParentType, ContextType>;
  ticketEvents?: SubscriptionResolver<ResolversTypes['TicketEvent'], "ticketEvents", ParentType, ContextType, Partial<SubscriptionTicketEventsArgs>>;
  ticketMessageAdded?: SubscriptionResolver<ResolversTypes['TicketMessageEvent'], "ticketMessageAdded", ParentType, ContextType, RequireFields<SubscriptionTicketMessageAddedArgs, 'ticketId'>>;
  ticketPresence?: SubscriptionResolver<ResolversTypes['TicketPresence'], "ticketPresence", ParentType, ContextType, RequireFields<SubscriptionTicketPresenceArgs, 'ticketId'>>;
};

export type TicketResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  awaitingReply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['TicketCategory']>, ParentType, ContextType>;
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
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketCategoryResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketCategory'] = ResolversParentTypes['TicketCategory']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['TicketCategory']>, ParentType, ContextType, RequireFields<TicketCategoryChildrenArgs, 'includeArchived'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultAssignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['TicketCategory']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type TicketPresenceResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketPresence'] = ResolversParentTypes['TicketPresence']> = {
  others?: Resolver<Array<ResolversTypes['TicketPresenceEntry']>, ParentType, ContextType>;
  ticketId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TicketPresenceActivityResolvers = { REPLYING: 'replying', VIEWING: 'viewing' };

export type TicketPresenceEntryResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketPresenceEntry'] = ResolversParentTypes['TicketPresenceEntry']> = {
  activity?: Resolver<ResolversTypes['TicketPresenceActivity'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

export type TicketTagResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketTag'] = ResolversParentTypes['TicketTag']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  useCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketViewResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketView'] = ResolversParentTypes['TicketView']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['TicketViewFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderBy?: Resolver<ResolversTypes['TicketViewOrder'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  sharedWith?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<TicketViewTicketsArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TicketViewFilterResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketViewFilter'] = ResolversParentTypes['TicketViewFilter']> = {
  assignedToMe?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  awaitingReply?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBefore?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<Array<ResolversTypes['TicketPriority']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<Array<ResolversTypes['TicketStatus']>>, ParentType, ContextType>;
  tag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unassigned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBefore?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type TicketViewOrderResolvers<ContextType = TicketsContext, ParentType extends ResolversParentTypes['TicketViewOrder'] = ResolversParentTypes['TicketViewOrder']> = {
  direction?: Resolver<ResolversTypes['TicketOrderDirection'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['TicketOrderField'], ParentType, ContextType>;
};

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
  CannedResponse?: CannedResponseResolvers<ContextType>;
  CannedResponseConnection?: CannedResponseConnectionResolvers<ContextType>;
  CannedResponseEdge?: CannedResponseEdgeResolvers<ContextType>;
  CreateTicketPayload?: CreateTicketPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EditMessagePayload?: EditMessagePayloadResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ImportLineResult?: ImportLineResultResolvers<ContextType>;
  ImportLineStatus?: ImportLineStatusResolvers;
  ImportTicketsPayload?: ImportTicketsPayloadResolvers<ContextType>;
  MergeTicketsPayload?: MergeTicketsPayloadResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageVisibility?: MessageVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationEvent?: NotificationEventResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RenderedCannedResponse?: RenderedCannedResponseResolvers<ContextType>;
  ReplyToTicketPayload?: ReplyToTicketPayloadResolvers<ContextType>;
  SearchHighlight?: SearchHighlightResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketCategory?: TicketCategoryResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketEvent?: TicketEventResolvers<ContextType>;
  TicketEventType?: TicketEventTypeResolvers;
  TicketMessageEvent?: TicketMessageEventResolvers<ContextType>;
  TicketPresence?: TicketPresenceResolvers<ContextType>;
  TicketPresenceActivity?: TicketPresenceActivityResolvers;
  TicketPresenceEntry?: TicketPresenceEntryResolvers<ContextType>;
  TicketPriority?: TicketPriorityResolvers;
  TicketSearchConnection?: TicketSearchConnectionResolvers<ContextType>;
  TicketSearchEdge?: TicketSearchEdgeResolvers<ContextType>;
  TicketSearchHit?: TicketSearchHitResolvers<ContextType>;
  TicketStatus?: TicketStatusResolvers;
  TicketTag?: TicketTagResolvers<ContextType>;
  TicketView?: TicketViewResolvers<ContextType>;
  TicketViewFilter?: TicketViewFilterResolvers<ContextType>;
  TicketViewOrder?: TicketViewOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

