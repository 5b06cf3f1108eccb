import type { EntityManager } from '@mikro-orm/postgresql';
import { rateLimited } from '@lotse/kernel/errors';

/**
 * Slows password guessing: after MAX_FAILURES failed attempts for one email (from any address)
 * within the window, further attempts are refused until the window has passed. Kept in the
 * database so every replica sees the same count.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export async function assertNotThrottled(em: EntityManager, email: string): Promise<void> {
  const [row] = await em.execute<{ failures: string }[]>(
    `select count(*) as failures from identity.login_attempt
     where email = ? and not succeeded and attempted_at > now() - make_interval(mins => ?)
       and attempted_at > coalesce((select max(attempted_at) from identity.login_attempt where email = ? and succeeded), '-infinity')`,
    [email, WINDOW_MINUTES, email],
  );
  if (Number(row?.failures ?? 0) >= MAX_FAILURES) {
    throw rateLimited('Too many failed sign-ins. Try again later.', WINDOW_MINUTES * 60);
  }
}

export async function recordAttempt(em: EntityManager, email: string, clientIp: string, succeeded: boolean) {
  await em.execute('insert into identity.login_attempt (email, client_ip, succeeded) values (?, ?, ?)', [
    email,
    clientIp,
    succeeded,
  ]);
}
