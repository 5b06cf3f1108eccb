import { defineEvent } from '@lotse/kernel/events/contract';

/**
 * The categories module's domain events. Changes to a category are recorded on it (aggregate
 * `Category`, entity null for a shared one); setting a ticket's category on the ticket (aggregate
 * `Ticket`), so the ticket's history shows it.
 */
export interface CategorySnapshot {
  entity: string | null;
  parentId: string | null;
  name: string;
  /** `Billing/Invoices`, as it was at the time. */
  path: string;
  defaultAssigneeId: string | null;
  /** ISO 8601, or null while live. */
  archivedAt: string | null;
}

export const categoryCreated = defineEvent<CategorySnapshot>('category.created');
export const categoryRenamed = defineEvent<CategorySnapshot>('category.renamed');
export const categoryMoved = defineEvent<CategorySnapshot>('category.moved');
export const categoryArchived = defineEvent<CategorySnapshot>('category.archived');
export const categoryDefaultAssigneeChanged = defineEvent<CategorySnapshot>(
  'category.default_assignee_changed',
);

/** A ticket's category before and after a change. */
export interface TicketCategoryPayload {
  categoryId: string | null;
  categoryPath: string | null;
}

export const ticketCategoryChanged = defineEvent<TicketCategoryPayload>('ticket.category_changed');
