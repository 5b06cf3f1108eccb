import type { RoleGrant } from '@lotse/kernel/context/principal';
import { badInput } from '@lotse/kernel/errors';
import { isRoleName, roles } from '@lotse/kernel/policy/roles';

/** Validation of what callers send about users: each failure names the field it concerns. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;
const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** The longest text `users(filter: { search })` looks for; longer text names nobody and costs a scan. */
export const MAX_SEARCH_LENGTH = 100;

export function cleanEmail(email: string): string {
  const clean = email.trim().toLowerCase();
  if (clean.length > 254 || !emailPattern.test(clean))
    throw badInput('email is not a valid email address.', 'email');
  return clean;
}

export function cleanName(name: string): string {
  const clean = name.trim();
  if (clean.length < 1 || clean.length > 100) throw badInput('name must be 1–100 characters.', 'name');
  return clean;
}

export function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badInput(`password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters.`, 'password');
  }
}

/** The `%…%` pattern for a case-insensitive substring search, wildcards in the text escaped. */
export function searchPattern(search: string): string {
  const text = search.trim();
  if (text.length > MAX_SEARCH_LENGTH)
    throw badInput(`search must be at most ${MAX_SEARCH_LENGTH} characters.`, 'filter.search');
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const grantOf = (input: { role: string; entity?: string | null }): RoleGrant => ({
  role: input.role,
  entity: input.entity ?? null,
});
export const sameGrant = (a: RoleGrant, b: RoleGrant) => a.role === b.role && a.entity === b.entity;

/**
 * Which grants exist at all: super_admin only for every entity; customers hold only the customer
 * role, staff every role but customer; the entity must be known.
 */
export function assertValidGrant(grant: RoleGrant, userType: 'staff' | 'customer', knownEntities: string[]) {
  if (!isRoleName(grant.role)) throw badInput(`Unknown role "${grant.role}".`, 'role');
  if (grant.entity !== null && !knownEntities.includes(grant.entity)) {
    throw badInput(`Unknown entity "${grant.entity}".`, 'entity');
  }
  if (grant.role === 'super_admin' && grant.entity !== null) {
    throw badInput('super_admin is granted for every entity; omit the entity.', 'entity');
  }
  if (roles[grant.role].userType !== userType) {
    throw badInput(`A ${userType} cannot hold the role ${grant.role}.`, 'role');
  }
}
