// The support desk's vocabulary as the kit knows it. The API owns these values; the kit only needs their names
// to pick a label and a look, so the lists are the single source for recipes, translations and stories.
export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const ticketStatuses = ['new', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const slaStates = ['ok', 'at_risk', 'breached', 'paused', 'met'] as const;
export type SlaState = (typeof slaStates)[number];

export const presences = ['online', 'away', 'busy', 'offline'] as const;
export type Presence = (typeof presences)[number];

/** A brand served by this desk ("entity"), e.g. kids_ascension shown as "KA". */
export interface Entity {
  /** Stable identifier from the API, e.g. `kids_ascension`. */
  slug: string;
  /** Short code shown in dense places, e.g. `KA`. */
  code: string;
  /** Full display name, e.g. `Kids Ascension`. */
  name: string;
}

// --- Knowledge base (ArticleCard, ArticleSearch, ArticleEditor) ---

export const articleStatuses = ['draft', 'review', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

// --- Tickets (TicketCard, TicketTable, MessageThread) ---

/** An agent as the ticket components show them: in lists, assignee pickers and threads. */
export interface Agent {
  id: string;
  name: string;
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

/** The fields of a ticket that lists and cards show. */
export interface TicketSummary {
  id: string;
  /** Human number, e.g. `KA-1042`. */
  number: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  entity: Entity;
  requester: string;
  assignee?: Agent | null;
  category?: string | null;
  tags?: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
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
  /** Entity slugs; any string, so brands added later (or only known to the API) filter too. */
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
