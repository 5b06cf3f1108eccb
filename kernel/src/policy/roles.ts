import { permissionNames, type PermissionName } from './permissions.ts';

/**
 * What each role may do. Scope (which entities) comes from the role grant, not from here.
 * `ownOnly` permissions apply only to records the user created (customers see their own tickets).
 */
export interface RoleDefinition {
  label: string;
  userType: 'staff' | 'customer';
  permissions: readonly PermissionName[];
  ownOnly?: readonly PermissionName[];
}

const agentWork: PermissionName[] = [
  'support.tickets.create',
  'support.tickets.read',
  'support.tickets.update',
  'support.tickets.assign',
  'support.tickets.close',
  'support.kb.read',
  'support.sla.read',
  'identity.users.read',
  'identity.tokens.create',
];

export const roles = {
  super_admin: { label: 'Super admin', userType: 'staff', permissions: permissionNames },
  admin: {
    label: 'Admin',
    userType: 'staff',
    permissions: permissionNames.filter((name) => name !== 'identity.entities.manage'),
  },
  support_agent: { label: 'Support agent', userType: 'staff', permissions: agentWork },
  kb_editor: {
    label: 'Knowledge base editor',
    userType: 'staff',
    permissions: [
      'support.kb.create',
      'support.kb.read',
      'support.kb.update',
      'support.kb.publish',
      'support.tickets.read',
      'identity.users.read',
      'identity.tokens.create',
    ],
  },
  analyst: {
    label: 'Analyst',
    userType: 'staff',
    permissions: [
      'support.analytics.read',
      'support.analytics.query',
      'support.tickets.read',
      'support.sla.read',
      'support.kb.read',
      'identity.users.read',
      'identity.tokens.create',
    ],
  },
  customer: {
    label: 'Customer',
    userType: 'customer',
    permissions: [
      'support.tickets.create',
      'support.tickets.read',
      'support.kb.read',
      'identity.tokens.create',
    ],
    ownOnly: ['support.tickets.read'],
  },
} as const satisfies Record<string, RoleDefinition>;

export type RoleName = keyof typeof roles;
export const roleNames = Object.keys(roles) as RoleName[];
// Own keys only: `name in roles` would also accept 'constructor' or '__proto__'.
export const isRoleName = (name: string): name is RoleName => Object.hasOwn(roles, name);
