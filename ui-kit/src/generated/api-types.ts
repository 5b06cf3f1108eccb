export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with time zone (e.g. `2026-11-25T09:30:00.000Z`). */
  DateTime: { input: string; output: string; }
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
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The note (or the earlier one, for a repeated clientMutationId). */
  message: Message;
  /** The ticket as it is now. */
  ticket: Ticket;
};

/**
 * A long-lived credential for mobile and partner clients. Its secret is shown once at creation and
 * stored only as a hash; it never carries more rights than its creator holds.
 */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expires; null means it does not. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was last used to authenticate. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. `iOS app`. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; a revoked token authenticates nothing. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Roles the token carries (a subset of its creator's). */
  roles: Array<RoleGrant>;
};

/**
 * One recorded change: who did what, when, in which entity, and the values before and after. Read from
 * the outboxes and the event bus, which the database keeps append-only.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who made the change; null for changes the system made on its own. */
  actor?: Maybe<User>;
  /** The fields the change touched, with their values before and after. */
  changes: Array<FieldChange>;
  /** The entity (brand) the change belongs to; null for changes that belong to none. */
  entity?: Maybe<Entity>;
  /** Position in the trail; later changes have larger ids. */
  id: Scalars['ID']['output'];
  /** When the change committed. */
  occurredAt: Scalars['DateTime']['output'];
  /** The request that made the change, to find it in the logs. */
  requestId?: Maybe<Scalars['String']['output']>;
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
  category?: Maybe<TicketCategory>;
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
  shortcut?: Maybe<Scalars['String']['output']>;
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

/** What a new API token is for and what it may do. */
export type CreateApiTokenInput = {
  /** Days until the token expires (1–730); omit for no expiry. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** A name to recognise the token by (1–100 characters). */
  name: Scalars['String']['input'];
  /** Roles for the token; defaults to all of the creator's roles. */
  roles?: InputMaybe<Array<RoleGrantInput>>;
};

/** A new API token and its secret, which is shown only this once. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The bearer secret. It cannot be retrieved again. */
  secret: Scalars['String']['output'];
  /** The token's record. */
  token: ApiToken;
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

/** A new entity (brand). */
export type CreateEntityInput = {
  /** Machine name: lowercase letters, digits and underscores, 2–40 characters. */
  code: Scalars['String']['input'];
  /** Display name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Ticket number prefix: 2–4 uppercase letters. */
  prefix: Scalars['String']['input'];
};

/** A new team. */
export type CreateTeamInput = {
  /** The entity code the team works for. */
  entity: Scalars['String']['input'];
  /** Display name (1–100 characters), unique within the entity. */
  name: Scalars['String']['input'];
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

/** A new user and what they may do. */
export type CreateUserInput = {
  /** Email address, unique across Lotse (at most 254 characters). */
  email: Scalars['String']['input'];
  /** Display name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Initial password, at least 12 characters; the user should change it. */
  password: Scalars['String']['input'];
  /** At least one role; the caller must be allowed to manage users in each role's entity. */
  roles: Array<RoleGrantInput>;
  /** Staff or customer; customers can hold only the CUSTOMER role, staff every role but CUSTOMER. */
  type: UserType;
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
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The message with its new body. */
  message: Message;
  /** The ticket the message belongs to. */
  ticket: Ticket;
};

/**
 * A brand served by Lotse, such as `kids_ascension` or `ozean_licht`. Every ticket, article and
 * policy belongs to exactly one entity; staff roles are granted per entity.
 */
export type Entity = {
  __typename?: 'Entity';
  /** Stable machine name, e.g. `kids_ascension`. */
  code: Scalars['String']['output'];
  /** Display name, e.g. `Kids Ascension`. */
  name: Scalars['String']['output'];
  /** Short prefix used in ticket numbers, e.g. `KA` in `KA-2026-00001`. */
  prefix: Scalars['String']['output'];
};

/** One field of a recorded change. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field's name, e.g. `status`. */
  field: Scalars['String']['output'];
  /** The value after, as text (JSON for structured values); null when it has none. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The value before, as text (JSON for structured values); null when it had none. */
  oldValue?: Maybe<Scalars['String']['output']>;
};

/** One line of an import file and its outcome. */
export type ImportLineResult = {
  __typename?: 'ImportLineResult';
  /** The line's externalId; null when the line is not valid JSON or has none. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The line's number in the file, from 1 (blank lines count). */
  line: Scalars['Int']['output'];
  /** Why the line failed, starting with the field it is about when there is one; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Imported, skipped or failed. */
  status: ImportLineStatus;
  /** The ticket the line became (imported) or became earlier (skipped); null when it failed. */
  ticketId?: Maybe<Scalars['ID']['output']>;
};

/** What became of one line of an import file. */
export type ImportLineStatus =
  /** The line is invalid or names someone or something unknown; nothing of it was written. */
  | 'FAILED'
  /** The line became a ticket with its history. */
  | 'IMPORTED'
  /** A ticket with this externalId was imported into the entity before; nothing changed. */
  | 'SKIPPED';

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

/** Credentials for a password login. */
export type LoginInput = {
  /** The user's email address. */
  email: Scalars['String']['input'];
  /** The user's password. */
  password: Scalars['String']['input'];
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
  editedAt?: Maybe<Scalars['DateTime']['output']>;
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
  | 'INTERNAL_NOTE'
  /** A reply on the ticket: the customer who opened it sees it, and so does staff who may read the ticket. */
  | 'PUBLIC_REPLY';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an internal note, which customers never see. Staff who may update the ticket may write notes. */
  addInternalNote: AddInternalNotePayload;
  /** Adds a staff member of the team's entity to the team. */
  addTeamMember: Team;
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
  /** Creates an API token for the caller. */
  createApiToken: CreateApiTokenPayload;
  /** Creates a canned response. Needs `support.canned.manage` in its entity. */
  createCannedResponse: CannedResponse;
  /** Adds an entity (brand). Super admins only. */
  createEntity: Entity;
  /** Creates a team. Requires managing teams (identity.teams.manage) in its entity. */
  createTeam: Team;
  /** Opens a ticket. */
  createTicket: CreateTicketPayload;
  /** Creates a ticket category. Needs `support.categories.manage` in its entity (shared: in every entity). */
  createTicketCategory: TicketCategory;
  /** Saves a view (at most 100 per user). Needs `support.tickets.update` in some entity. */
  createTicketView: TicketView;
  /** Creates a user. Requires managing users (identity.users.manage) in every entity the new roles name. */
  createUser: User;
  /**
   * Deactivates a user: they can no longer sign in, and their sessions and API tokens stop working.
   * Requires managing users in every entity the user holds a role in.
   */
  deactivateUser: User;
  /** Deletes a canned response (its history stays in the audit trail) and returns its id. Needs `support.canned.manage`. */
  deleteCannedResponse: Scalars['ID']['output'];
  /** Deletes a ticket softly: it disappears from every query, count and subscription, but can be restored. Needs `support.tickets.delete`. */
  deleteTicket: Ticket;
  /** Deletes a view and returns its id. Its owner, or for a shared view an admin of its entity. */
  deleteTicketView: Scalars['ID']['output'];
  /** Changes the body of a message. Only its author may, while still allowed to write it; not on closed tickets. */
  editMessage: EditMessagePayload;
  /** Grants a role; requires managing users in that entity (in every entity for a role without one). */
  grantRole: User;
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
  /** Signs in with email and password. Fails with UNAUTHENTICATED, or RATE_LIMITED after repeated failures. */
  login: Session;
  /** Ends the session used for this request. */
  logout: Scalars['Boolean']['output'];
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
  /** Removes a member from the team. */
  removeTeamMember: Team;
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
  /** Revokes one of the caller's API tokens. Returns null when the caller has no such token. */
  revokeApiToken?: Maybe<ApiToken>;
  /** Takes a role away; the same rights as granting it. */
  revokeRole: User;
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


export type MutationAddTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
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


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCannedResponseArgs = {
  input: CreateCannedResponseInput;
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
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


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
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


export type MutationGrantRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
};


export type MutationImportTicketsArgs = {
  ndjson: Scalars['String']['input'];
};


export type MutationLinkTicketsArgs = {
  id: Scalars['ID']['input'];
  relatedId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
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


export type MutationRemoveTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
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


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
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
  actor?: Maybe<User>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why they were notified. */
  kind: NotificationKind;
  /** The message it is about (MENTIONED, CUSTOMER_REPLIED); null otherwise or when it is out of the caller's reach. */
  message?: Maybe<Message>;
  /** Whether it was marked read. */
  read: Scalars['Boolean']['output'];
  /** When it was marked read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
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
  | 'ASSIGNED'
  /** The customer replied on a ticket assigned to them. */
  | 'CUSTOMER_REPLIED'
  /** Someone mentioned them in a message of the ticket. */
  | 'MENTIONED';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The caller's own API tokens. */
  apiTokens: Array<ApiToken>;
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
  /** The entities the caller can see (all of them for staff scoped to every entity). */
  entities: Array<Entity>;
  /** The signed-in user, or null for anonymous callers. */
  me?: Maybe<User>;
  /** A message by id, or null when it does not exist or the caller may not read it. */
  message?: Maybe<Message>;
  /** One of the caller's notifications; null for anyone else's or a missing id. */
  notification?: Maybe<Notification>;
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
  /** Teams the caller may see, optionally of one entity. */
  teams: Array<Team>;
  /** A ticket by id, or null when it does not exist or the caller may not see it. */
  ticket?: Maybe<Ticket>;
  /** A ticket by its number (e.g. `KA-2026-00001`), or null when it does not exist or is out of reach. */
  ticketByNumber?: Maybe<Ticket>;
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
  ticketView?: Maybe<TicketView>;
  /**
   * The caller's saved views and those shared with an entity whose tickets they work: shared ones first
   * (by entity), then personal ones, each by name. Empty for customers.
   */
  ticketViews: Array<TicketView>;
  /** Tickets the caller may see, newest first unless `orderBy` says otherwise, 1–100 per page. */
  tickets: TicketConnection;
  /** How many of the caller's notifications are unread (about tickets they may still read). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A user by id, or null when it does not exist or the caller may not see it. */
  user?: Maybe<User>;
  /** Users the caller may read, newest first. */
  users: UserConnection;
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


export type QueryTeamsArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
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


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The reply (or the earlier one, for a repeated clientMutationId). */
  message: Message;
  /** The ticket as it is now (a customer's reply may have reopened it). */
  ticket: Ticket;
};

/** The roles Lotse knows. What each may do is listed in docs/api.md (Permissions). */
export type Role =
  /** Everything within the granted entity. */
  | 'ADMIN'
  /** Reads analytics and runs saved queries. */
  | 'ANALYST'
  /** Opens tickets and sees only their own. */
  | 'CUSTOMER'
  /** Writes and publishes knowledge base articles. */
  | 'KB_EDITOR'
  /** Everything, in every entity, including adding entities. */
  | 'SUPER_ADMIN'
  /** Works tickets: create, read, update, assign, close. */
  | 'SUPPORT_AGENT';

/** A role held in one entity, or in every entity when `entity` is null. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The entity the role applies to; null means every entity. */
  entity?: Maybe<Entity>;
  /** The role granted. */
  role: Role;
};

/** A role in an entity, to grant to a user or to a new API token. */
export type RoleGrantInput = {
  /** The entity code; omit for every entity (only a caller who holds the role in every entity may do that). */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** The role. */
  role: Role;
};

/** A piece of matching text. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  /** Where the text is: `title`, `description` or `message`. */
  field: Scalars['String']['output'];
  /** The message the snippet is from, when `field` is `message`. */
  messageId?: Maybe<Scalars['ID']['output']>;
  /** The text around the matches, as safe HTML with the matches in `<mark>`. */
  snippet: Scalars['String']['output'];
};

/** A signed-in console session. */
export type Session = {
  __typename?: 'Session';
  /** When the session ends unless it is revoked earlier. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the `Authorization` header. Shown only here; store it safely. */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
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

/** A group of staff in one entity, used for routing and workload. */
export type Team = {
  __typename?: 'Team';
  /** The entity the team works for. */
  entity: Entity;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The team's members, staff of the team's entity. */
  members: Array<User>;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A support request from a customer or opened by staff on their behalf. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent who owns the ticket, if any. */
  assignee?: Maybe<User>;
  /** Whether the customer's latest public message still waits for an answer from staff. */
  awaitingReply: Scalars['Boolean']['output'];
  /** The ticket's category, if it has one (possibly archived since it was set). */
  category?: Maybe<TicketCategory>;
  /** The tickets that are part of this one, oldest first, each with its own status. */
  children: Array<Ticket>;
  /** When it was closed; null until then. A closed ticket is finished for good. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Who opened the ticket. */
  createdBy: User;
  /**
   * When it was deleted; null for a live ticket. Deleted tickets are visible only to those who may delete
   * tickets, through `tickets(filter: { deleted: true })` and the result of `deleteTicket`/`restoreTicket`.
   */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The request in the customer's words (up to 50,000 characters). */
  description: Scalars['String']['output'];
  /** The entity (brand) the ticket belongs to. */
  entity: Entity;
  /** When staff first answered the customer publicly; null until then. */
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  /** Everything that happened to the ticket, oldest first, internal notes included. Staff only. */
  history: AuditEventConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The ticket this duplicate was merged into; a merged ticket is closed. */
  mergedInto?: Maybe<Ticket>;
  /** How many messages of the conversation the caller may read (customers: public replies only). */
  messageCount: Scalars['Int']['output'];
  /** The conversation, oldest first, 1–100 per page: public replies, and internal notes for staff only. */
  messages: MessageConnection;
  /** Human-friendly number, unique per entity and year, e.g. `KA-2026-00001`. */
  number: Scalars['String']['output'];
  /** The ticket this one is part of, if any. */
  parent?: Maybe<Ticket>;
  /** How urgent it is. */
  priority: TicketPriority;
  /** Tickets linked as related to this one (a link goes both ways). */
  relatedTickets: Array<Ticket>;
  /**
   * How the ticket was solved, as plain text (not HTML: escape it before rendering), up to 10,000
   * characters. Written when the ticket is resolved or closed; kept when it is reopened.
   */
  resolutionNotes?: Maybe<Scalars['String']['output']>;
  /** When it was last resolved (set again on every resolution, cleared when it is reopened); null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
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
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
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
  defaultAssignee?: Maybe<User>;
  /** How deep the category sits: 1 for a root category, at most 5. */
  depth: Scalars['Int']['output'];
  /** The entity the category belongs to; null for a category shared by every entity. */
  entity?: Maybe<Entity>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The category's own name (1–80 characters, no `/`), unique among its siblings regardless of case. */
  name: Scalars['String']['output'];
  /** The category this one sits in; null for a root category. */
  parent?: Maybe<TicketCategory>;
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
  | 'CREATED'
  /** The ticket changed. */
  | 'UPDATED';

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
  | 'REPLYING'
  /** Has the ticket open. */
  | 'VIEWING';

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
  | 'HIGH'
  /** Can wait. */
  | 'LOW'
  /** Normal. */
  | 'MEDIUM'
  /** Needs attention now. */
  | 'URGENT';

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
  | 'ASSIGNED'
  /** Finished for good. */
  | 'CLOSED'
  /** An agent is working on it. */
  | 'IN_PROGRESS'
  /** Just opened; nobody has picked it up. */
  | 'NEW'
  /** Solved; the customer may still reopen it. */
  | 'RESOLVED'
  /** Waiting for the customer or a third party. */
  | 'WAITING';

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
  sharedWith?: Maybe<Entity>;
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
  assignedToMe?: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets assigned to this user. */
  assigneeId?: Maybe<Scalars['ID']['output']>;
  /** true: only tickets whose customer waits for an answer; false: only tickets where nobody waits. */
  awaitingReply?: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets in this category or any of its subcategories. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** Only tickets opened at or after this instant. */
  createdAfter?: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets opened before this instant. */
  createdBefore?: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets opened by this user. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** true: only deleted tickets (empty for readers who may not delete tickets). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets of this entity code. */
  entity?: Maybe<Scalars['String']['output']>;
  /** Only tickets with one of these priorities. */
  priority?: Maybe<Array<TicketPriority>>;
  /** Only tickets in one of these statuses. */
  status?: Maybe<Array<TicketStatus>>;
  /** Only tickets with this tag (normalized). */
  tag?: Maybe<Scalars['String']['output']>;
  /** true: only tickets nobody owns; false: only tickets someone owns. */
  unassigned?: Maybe<Scalars['Boolean']['output']>;
  /** Only tickets last changed at or after this instant. */
  updatedAfter?: Maybe<Scalars['DateTime']['output']>;
  /** Only tickets last changed before this instant. */
  updatedBefore?: Maybe<Scalars['DateTime']['output']>;
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

/** A person who signs in to Lotse: staff or customer. */
export type User = {
  __typename?: 'User';
  /** Whether the user can sign in; deactivated users keep their history. */
  active: Scalars['Boolean']['output'];
  /** Email address; visible to the user themself and to those who may read users of their entity. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The user's roles; visible to the user themself and to those who may read users of their entity. */
  roles: Array<RoleGrant>;
  /** Teams the user belongs to. */
  teams: Array<Team>;
  /** Staff or customer. */
  type: UserType;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page. */
  edges: Array<UserEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** How many users match the filter in total (within what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this user in the list. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** Which users to list. */
export type UserFilter = {
  /** Only users with a role in this entity. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only staff or only customers. */
  type?: InputMaybe<UserType>;
};

/** Whether a user works on the support desk or is a customer of an entity. */
export type UserType =
  /** A customer who opens tickets and reads public articles. */
  | 'CUSTOMER'
  /** Works on the support desk (agents, editors, analysts, admins). */
  | 'STAFF';
