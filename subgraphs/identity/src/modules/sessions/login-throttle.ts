import type { EntityManager } from '@mikro-orm/postgresql';
import { rateLimited } from '@lotse/kernel/errors';

/**
 * Slows password guessing without handing attackers a lockout button. Within the window:
 * - one address may fail 5 times for one email (the usual typo budget of a real user),
 * - one email may fail 50 times from all addresses together (a distributed attack),
 * - one address may fail 100 times across all emails (spraying one password over many accounts).
 * A success clears the first two for that email. The attempt is written *before* the password is
 * checked and counted with it, so parallel guesses cannot all slip through one check; it lives in
 * the database, so every replica sees the same counts.
 */
export const limits = { perEmailAndAddress: 5, perEmail: 50, perAddress: 100 } as const;
export const WINDOW_MINUTES = 15;

/** Records an attempt as failed and refuses it when it is over a limit; returns its id. */
export async function beginAttempt(em: EntityManager, email: string, clientIp: string): Promise<string> {
  const [attempt] = await em.execute<{ id: string }[]>(
    'insert into identity.login_attempt (email, client_ip, succeeded) values (?, ?, false) returning id',
    [email, clientIp],
  );
  const [counts] = await em.execute<{ pair: string; email: string; address: string }[]>(
    `with recent as (
       select * from identity.login_attempt where attempted_at > now() - make_interval(mins => ?) and not succeeded
     ), last_success as (
       select coalesce(max(attempted_at), '-infinity') as at from identity.login_attempt where email = ? and succeeded
     )
     select (select count(*) from recent, last_success where email = ? and client_ip = ? and attempted_at > last_success.at) as pair,
            (select count(*) from recent, last_success where email = ? and attempted_at > last_success.at) as email,
            (select count(*) from recent where client_ip = ?) as address`,
    [WINDOW_MINUTES, email, email, clientIp, email, clientIp],
  );
  if (
    Number(counts!.pair) > limits.perEmailAndAddress ||
    Number(counts!.email) > limits.perEmail ||
    Number(counts!.address) > limits.perAddress
  ) {
    throw rateLimited('Too many failed sign-ins. Try again later.', WINDOW_MINUTES * 60);
  }
  return attempt!.id;
}

export async function markSucceeded(em: EntityManager, attemptId: string): Promise<void> {
  await em.execute('update identity.login_attempt set succeeded = true where id = ?', [attemptId]);
}
