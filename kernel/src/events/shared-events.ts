import type { RoleGrant } from '../context/principal.ts';
import { defineEvent } from './contract.ts';

/**
 * Events one subgraph produces and another consumes. Their contracts live in the kernel, which every
 * subgraph depends on, so no subgraph imports another's code: identity records `userRolesChanged`,
 * tickets' staff replica handles it.
 */

/**
 * A user's complete current grants (not a delta), so a consumer can replace what it knew and
 * handling an event twice changes nothing.
 */
export interface UserRolesChanged {
  userId: string;
  type: 'staff' | 'customer';
  active: boolean;
  roles: RoleGrant[];
}

export const userRolesChanged = defineEvent<UserRolesChanged>('user.roles_changed');
