import type { EntityManager } from '@mikro-orm/postgresql';

/** Whether the user may own tickets of the entity (a staff member with ticket rights there). */
export async function canOwnTickets(em: EntityManager, userId: string, entity: string): Promise<boolean> {
  const rows = await em.execute<{ found: number }[]>(
    `select 1 as found from tickets.staff_member where user_id = ? and entity in (?, '*') limit 1`,
    [userId, entity],
  );
  return rows.length > 0;
}
