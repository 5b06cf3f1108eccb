import { badInput } from '@lotse/kernel/errors';
import type { TicketEntity } from '../tickets/ticket.entity.ts';

/** The most tickets one bulk action takes: a page of 500 is what an inbox selection reaches. */
export const MAX_BULK_IDS = 500;

export type BulkAction =
  | { kind: 'assign'; assigneeId: string | null }
  | { kind: 'status'; status: TicketEntity['status']; resolutionNotes: string | null }
  | { kind: 'priority'; priority: TicketEntity['priority'] }
  | { kind: 'delete' };

export interface BulkTicketsInput {
  ids: readonly string[];
  assign?: { assigneeId?: string | null } | null;
  status?: { status: TicketEntity['status']; resolutionNotes?: string | null } | null;
  priority?: TicketEntity['priority'] | null;
  delete?: boolean | null;
}

/** The ids once each, in the order given, within the limit. */
export function bulkIds(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (!unique.length) throw badInput('ids must name at least one ticket.', 'ids');
  if (unique.length > MAX_BULK_IDS) throw badInput(`ids must name at most ${MAX_BULK_IDS} tickets.`, 'ids');
  return unique;
}

/** Exactly one action per call, so every ticket gets the same single change or none. */
export function bulkAction(input: BulkTicketsInput): BulkAction {
  const actions: BulkAction[] = [];
  if (input.assign) actions.push({ kind: 'assign', assigneeId: input.assign.assigneeId ?? null });
  if (input.status)
    actions.push({
      kind: 'status',
      status: input.status.status,
      resolutionNotes: input.status.resolutionNotes ?? null,
    });
  if (input.priority) actions.push({ kind: 'priority', priority: input.priority });
  if (input.delete) actions.push({ kind: 'delete' });
  if (actions.length !== 1)
    throw badInput('Choose exactly one of assign, status, priority and delete.', 'input');
  return actions[0]!;
}
