import { LotseError, ErrorCode } from '@lotse/kernel/errors';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { assignTicket, changeTicketStatus, deleteTicket, updateTicket } from '../tickets/ticket.service.ts';
import type { TicketEntity } from '../tickets/ticket.entity.ts';
import { bulkAction, bulkIds, type BulkAction, type BulkTicketsInput } from './bulk-input.ts';

export interface BulkFailure {
  id: string;
  code: string;
  message: string;
}
export interface BulkResult {
  succeeded: TicketEntity[];
  failed: BulkFailure[];
}

function apply(context: SubgraphContext, id: string, action: BulkAction): Promise<TicketEntity> {
  switch (action.kind) {
    case 'assign':
      return assignTicket(context, id, action.assigneeId);
    case 'status':
      return changeTicketStatus(context, id, action.status, action.resolutionNotes);
    case 'priority':
      return updateTicket(context, id, { priority: action.priority });
    case 'delete':
      return deleteTicket(context, id);
  }
}

/**
 * One action on many tickets. Each ticket goes through the same service as the single mutation — its
 * own transaction, its own authorization, its own event — so one refusal never blocks the others, and
 * the result says for each failure why. An unexpected failure is logged and reported without details.
 */
export async function bulkUpdateTickets(
  context: SubgraphContext,
  input: BulkTicketsInput,
): Promise<BulkResult> {
  const ids = bulkIds(input.ids);
  const action = bulkAction(input);
  const result: BulkResult = { succeeded: [], failed: [] };
  for (const id of ids) {
    try {
      // A fresh identity map per ticket: a failed item must leave nothing behind for the next one.
      result.succeeded.push(await apply({ ...context, em: context.em.fork() }, id, action));
    } catch (error) {
      if (error instanceof LotseError) {
        result.failed.push({ id, code: String(error.extensions.code), message: error.message });
      } else {
        context.logger.error({ err: error, ticketId: id }, 'bulk action failed on one ticket');
        result.failed.push({ id, code: ErrorCode.internal, message: 'Internal server error' });
      }
    }
  }
  return result;
}
