import { describe, expect, it } from '@jest/globals';
import { outcome } from '@lotse/kernel/testing/thrown';
import { ticketStatuses } from './ticket.entity.ts';
import {
  acceptsMessages,
  actionFor,
  assertCanMove,
  canMove,
  resolutionNotesFor,
  statusAfterCustomerReply,
  timestampsFor,
} from './ticket-workflow.ts';

describe('ticket workflow', () => {
  it('moves forward through work to resolved and closed', () => {
    expect(canMove('new', 'in_progress')).toBe(true);
    expect(canMove('assigned', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'waiting')).toBe(true);
    expect(canMove('waiting', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'resolved')).toBe(true);
    expect(canMove('resolved', 'closed')).toBe(true);
  });

  it('reopens a resolved ticket, never a closed one', () => {
    expect(canMove('resolved', 'in_progress')).toBe(true);
    for (const to of ticketStatuses) expect(canMove('closed', to)).toBe(false);
  });

  it('leaves assigned and new to assigning and unassigning', () => {
    for (const from of ticketStatuses) {
      expect(canMove(from, 'assigned')).toBe(false);
      expect(canMove(from, 'new')).toBe(false);
    }
  });

  it('refuses an invalid move with BAD_USER_INPUT and accepts staying put', () => {
    expect(outcome(() => assertCanMove('closed', 'in_progress'))).toBe('BAD_USER_INPUT');
    expect(outcome(() => assertCanMove('resolved', 'waiting'))).toBe('BAD_USER_INPUT');
    expect(outcome(() => assertCanMove('waiting', 'waiting'))).toBe('ok');
  });

  it('needs the close permission to resolve or close', () => {
    expect(actionFor('resolved')).toBe('close');
    expect(actionFor('closed')).toBe('close');
    expect(actionFor('in_progress')).toBe('update');
    expect(actionFor('waiting')).toBe('update');
  });

  it("puts a ticket back to work on a customer's reply", () => {
    expect(statusAfterCustomerReply({ status: 'waiting', assigneeId: 'agent' })).toBe('in_progress');
    expect(statusAfterCustomerReply({ status: 'resolved', assigneeId: 'agent' })).toBe('in_progress');
    expect(statusAfterCustomerReply({ status: 'resolved', assigneeId: null })).toBe('new');
    expect(statusAfterCustomerReply({ status: 'in_progress', assigneeId: 'agent' })).toBe('in_progress');
    expect(statusAfterCustomerReply({ status: 'new', assigneeId: null })).toBe('new');
  });

  it('takes no messages on a closed ticket', () => {
    expect(acceptsMessages('closed')).toBe(false);
    expect(acceptsMessages('resolved')).toBe(true);
  });

  it('needs resolution notes to resolve or close, except to close a resolved ticket that has them', () => {
    const open = { status: 'in_progress' as const, resolutionNotes: null };
    const resolved = { status: 'resolved' as const, resolutionNotes: 'Fixed.' };
    expect(resolutionNotesFor(open, 'resolved', '  Fixed.  ')).toBe('Fixed.');
    expect(resolutionNotesFor(resolved, 'closed', undefined)).toBe('Fixed.');
    expect(resolutionNotesFor(resolved, 'closed', 'Better.')).toBe('Better.');
    expect(outcome(() => resolutionNotesFor(open, 'resolved', undefined))).toBe('BAD_USER_INPUT');
    expect(outcome(() => resolutionNotesFor(open, 'closed', null))).toBe('BAD_USER_INPUT');
    expect(outcome(() => resolutionNotesFor({ ...open, resolutionNotes: 'old' }, 'closed', null))).toBe(
      'BAD_USER_INPUT',
    );
    expect(outcome(() => resolutionNotesFor(open, 'resolved', ' '))).toBe('BAD_USER_INPUT');
    expect(outcome(() => resolutionNotesFor(open, 'resolved', 'x'.repeat(10_001)))).toBe('BAD_USER_INPUT');
    expect(outcome(() => resolutionNotesFor(open, 'waiting', 'why'))).toBe('BAD_USER_INPUT');
    expect(resolutionNotesFor(resolved, 'in_progress', undefined)).toBe('Fixed.');
  });

  it('stamps resolving and closing and clears resolvedAt on reopening', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const earlier = new Date('2026-12-04T10:00:00Z');
    const open = { status: 'in_progress' as const, resolvedAt: null, closedAt: null };
    expect(timestampsFor(open, 'resolved', now)).toEqual({ resolvedAt: now, closedAt: null });
    expect(timestampsFor(open, 'closed', now)).toEqual({ resolvedAt: now, closedAt: now });
    const resolved = { status: 'resolved' as const, resolvedAt: earlier, closedAt: null };
    expect(timestampsFor(resolved, 'closed', now)).toEqual({ resolvedAt: earlier, closedAt: now });
    expect(timestampsFor(resolved, 'in_progress', now)).toEqual({ resolvedAt: null, closedAt: null });
  });
});
