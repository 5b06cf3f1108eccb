import type * as Api from './generated/api-types.ts';

// The support desk's vocabulary as the kit knows it. The API owns these values: the types below pick theirs from
// the API's generated types (`npm run codegen`), so data from the API fits the components as it arrives. The lists
// give the order the kit sorts and offers values in; tokens and translations are keyed by the lower-case value.
export type TicketPriority = Api.TicketPriority;
export const ticketPriorities = [
  'LOW',
  'MEDIUM',
  'HIGH',
  'URGENT',
] as const satisfies readonly TicketPriority[];

export type TicketStatus = Api.TicketStatus;
export const ticketStatuses = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'WAITING',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly TicketStatus[];

/** A value's key in tokens and translations: `IN_PROGRESS` → `in_progress`. */
export const keyOf = <Value extends string>(value: Value) => value.toLowerCase() as Lowercase<Value>;

export const slaStates = ['ok', 'at_risk', 'breached', 'paused', 'met'] as const;
export type SlaState = (typeof slaStates)[number];

export const presences = ['online', 'away', 'busy', 'offline'] as const;
export type Presence = (typeof presences)[number];

/**
 * A brand served by this desk ("entity"): its stable `code` (`kids_ascension`), the `prefix` shown in dense places
 * and ticket numbers (`KA`) and its display `name`.
 */
export type Entity = Pick<Api.Entity, 'code' | 'prefix' | 'name'>;

// --- Knowledge base (ArticleCard, ArticleSearch, ArticleEditor) ---

export const articleStatuses = ['draft', 'review', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

// --- Tickets (TicketCard, TicketTable, MessageThread) ---

/** An agent as the ticket components show them: in lists, assignee pickers and threads. */
export interface Agent extends Pick<Api.User, 'id' | 'name'> {
  presence?: Presence;
  /** Open tickets currently assigned; shown in the assignee picker to spread work evenly. */
  openTickets?: number;
  /** The team the agent works in, e.g. `Billing`; the assignee picker shows it and searches it. */
  team?: string;
}

/** A ticket category; categories nest, e.g. Billing › Refunds. */
export interface Category {
  id: string;
  name: string;
  children?: Category[];
}

/**
 * The fields of a ticket that lists and cards show: the API's own (`number` like `KA-2026-00001`, timestamps as ISO
 * strings) and what the console adds to them.
 */
export interface TicketSummary extends Pick<
  Api.Ticket,
  'id' | 'number' | 'title' | 'status' | 'priority' | 'createdAt' | 'updatedAt'
> {
  entity: Entity;
  requester: string;
  assignee?: Agent | null;
  category?: string | null;
  tags?: string[];
  /** SLA target of the next response or resolution, if any. */
  sla?: { dueAt: string; pausedAt?: string; metAt?: string } | null;
}

/**
 * What the ticket list is filtered by (FilterBar). An empty list or an absent field filters nothing; `null` asks for
 * tickets without the value (unassigned, no category).
 */
export interface TicketFilter {
  statuses: TicketStatus[];
  priorities: TicketPriority[];
  /** Entity codes; any string, so brands added later (or only known to the API) filter too. */
  entities: string[];
  /** An agent's id; `null`: unassigned tickets; absent: any assignee. */
  assignee?: string | null;
  /** A category id; `null`: tickets without a category; absent: any category. */
  category?: string | null;
  /** Normalized tags (trimmed, lower case); a ticket matches when it has all of them. */
  tags: string[];
  /** First and last day the tickets were created on, as `YYYY-MM-DD`, both inclusive; either end may be open. */
  from?: string;
  to?: string;
}

export const emptyTicketFilter: TicketFilter = { statuses: [], priorities: [], entities: [], tags: [] };
