import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict } from '@lotse/kernel/errors';
import { UserSchema } from '../modules/users/user.entity.ts';
import { provisionUser } from './provision.ts';

/**
 * The first super admin of a production installation (`lotse create-admin`). Refuses weak
 * passwords and existing emails, so running it twice cannot take over an account.
 */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export async function createSuperAdmin(
  em: EntityManager,
  input: { email: string; name: string; password: string },
) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badInput(`"${input.email}" is not an email address.`, 'email');
  if (input.password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw badInput(`The password must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`, 'password');
  }
  if (await em.findOne(UserSchema, { email }))
    throw conflict(`A user with the email ${email} exists already.`);
  return provisionUser(em, {
    email,
    name: input.name.trim() || 'Administrator',
    type: 'staff',
    password: input.password,
    roles: [{ role: 'super_admin', entity: null }],
  });
}
