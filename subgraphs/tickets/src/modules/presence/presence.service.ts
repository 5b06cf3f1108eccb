import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { notFound } from '@lotse/kernel/errors';
import { assertCan } from '../tickets/ticket-access.ts';
import { findTicket } from '../tickets/ticket.service.ts';
import { TicketPresenceSchema, type PresenceActivity } from './presence.entity.ts';
import { callerId, presenceRows } from './presence-access.ts';

/**
 * Collision detection: who else is viewing or replying to a ticket. State lives in
 * `tickets.ticket_presence`, shared by every replica: a heartbeat (`announceTicketPresence`) keeps a
 * row alive for PRESENCE_TTL_MS; a watcher (`ticketPresence`) looks again every PRESENCE_POLL_MS,
 * and at once when a heartbeat or a departure happens in the same process. Presence is not a domain
 * change: it records no event (a heartbeat every few seconds per agent would flood the audit trail).
 */
export const PRESENCE_TTL_MS = 30_000;
export const PRESENCE_POLL_MS = 2_000;

/** One other staff member on a ticket (schema: TicketPresenceEntry). */
export interface TicketPresenceEntryView {
  userId: string;
  activity: PresenceActivity;
}

/** Who is on a ticket, the caller left out (schema: TicketPresence). */
export interface TicketPresenceView {
  ticketId: string;
  others: TicketPresenceEntryView[];
}

/** In-process wake-ups per ticket, so watchers on this replica see a change without waiting for a poll. */
const watchers = new Map<string, Set<() => void>>();

export function onPresenceChange(ticketId: string, wake: () => void): () => void {
  const set = watchers.get(ticketId) ?? new Set();
  set.add(wake);
  watchers.set(ticketId, set);
  return () => {
    set.delete(wake);
    if (!set.size) watchers.delete(ticketId);
  };
}

const changed = (ticketId: string) => {
  for (const wake of watchers.get(ticketId) ?? []) wake();
};

/** The ticket, if the caller may work on it: NOT_FOUND out of reach, FORBIDDEN when only readable. */
export async function workableTicket(context: SubgraphContext, ticketId: string) {
  const ticket = await findTicket(context, ticketId);
  if (!ticket) throw notFound('Ticket');
  assertCan(context, 'update', ticket);
  return ticket;
}

/** Who else is on the ticket now (live rows only), by user id; empty when it is out of reach. */
export async function othersOn(context: SubgraphContext, ticketId: string): Promise<TicketPresenceView> {
  const me = callerId(context);
  const scope = presenceRows(context, ticketId);
  const rows =
    scope.kind === 'none' || !me
      ? []
      : await context.em
          .fork()
          .find(
            TicketPresenceSchema,
            { $and: [scope.where, { userId: { $ne: me } }, { expiresAt: { $gt: new Date() } }] },
            { orderBy: { userId: 'asc' } },
          );
  return { ticketId, others: rows.map((row) => ({ userId: row.userId, activity: row.activity })) };
}

/** A heartbeat: the caller is viewing or replying to the ticket for the next 30 seconds. */
export async function announceTicketPresence(
  context: SubgraphContext,
  ticketId: string,
  activity: PresenceActivity,
): Promise<TicketPresenceView> {
  const ticket = await workableTicket(context, ticketId);
  const schema = context.em.config.get('schema');
  const now = Date.now();
  await context.em.execute(
    `insert into "${schema}".ticket_presence (ticket_id, user_id, activity, expires_at) values (?, ?, ?, ?)
     on conflict (ticket_id, user_id) do update set activity = excluded.activity, expires_at = excluded.expires_at`,
    [ticket.id, callerId(context), activity, new Date(now + PRESENCE_TTL_MS)],
  );
  // Housekeeping: rows long dead are nobody's presence any more.
  await context.em.execute(`delete from "${schema}".ticket_presence where expires_at < ?`, [
    new Date(now - PRESENCE_TTL_MS),
  ]);
  changed(ticket.id);
  return othersOn(context, ticket.id);
}

/** The caller left the ticket (their `ticketPresence` subscription ended). */
export async function leaveTicket(context: SubgraphContext, ticketId: string): Promise<void> {
  const schema = context.em.config.get('schema');
  await context.em
    .fork()
    .execute(`delete from "${schema}".ticket_presence where ticket_id = ? and user_id = ?`, [
      ticketId,
      callerId(context),
    ]);
  changed(ticketId);
}
