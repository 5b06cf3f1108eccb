import { Migration } from '@mikro-orm/migrations';

/**
 * Collision detection (modules/presence): who is viewing or replying to a ticket right now. One row
 * per ticket and staff member, kept alive by `announceTicketPresence` heartbeats and dead once
 * `expires_at` has passed (or deleted when the member's `ticketPresence` subscription ends). Shared by
 * every replica through this table. UNLOGGED: presence is seconds-old state, not worth WAL or a
 * standby copy; after a crash the table is empty and the next heartbeats fill it again.
 */
export class Migration20261205100000_presence extends Migration {
  override up(): void {
    this.addSql(`
      create unlogged table tickets.ticket_presence (
        ticket_id uuid not null references tickets.ticket (id),
        user_id uuid not null,
        activity text not null check (activity in ('viewing', 'replying')),
        expires_at timestamptz not null,
        primary key (ticket_id, user_id)
      );
      create index ticket_presence_expiry on tickets.ticket_presence (expires_at);
    `);
  }
}
