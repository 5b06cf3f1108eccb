import type { RoleGrant, UserPrincipal } from '../context/principal.ts';

/** For unit tests: principals holding the given grants. */
export const KA = 'kids_ascension';
export const OL = 'ozean_licht';
export const USER_ID = 'user-1';

export const grant = (role: string, entity: string | null): RoleGrant => ({ role, entity });

export const staff = (...roles: RoleGrant[]): UserPrincipal => ({
  kind: 'user',
  userId: USER_ID,
  userType: 'staff',
  roles,
  credentialId: 'credential-1',
  credentialKind: 'session',
});

export const customer = (...roles: RoleGrant[]): UserPrincipal => ({
  ...staff(...roles),
  userType: 'customer',
});
