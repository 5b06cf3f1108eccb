/**
 * Permission names, as the product vision names them. Each maps to one CASL action on one subject;
 * the subject names are the domain types the subgraphs own.
 */
export const permissions = {
  'support.tickets.create': { action: 'create', subject: 'Ticket' },
  'support.tickets.read': { action: 'read', subject: 'Ticket' },
  'support.tickets.update': { action: 'update', subject: 'Ticket' },
  'support.tickets.assign': { action: 'assign', subject: 'Ticket' },
  'support.tickets.close': { action: 'close', subject: 'Ticket' },
  'support.tickets.delete': { action: 'delete', subject: 'Ticket' },
  'support.tickets.import': { action: 'import', subject: 'Ticket' },
  'support.categories.manage': { action: 'manage', subject: 'Category' },
  'support.canned.manage': { action: 'manage', subject: 'CannedResponse' },
  'support.kb.create': { action: 'create', subject: 'Article' },
  'support.kb.read': { action: 'read', subject: 'Article' },
  'support.kb.update': { action: 'update', subject: 'Article' },
  'support.kb.publish': { action: 'publish', subject: 'Article' },
  'support.sla.read': { action: 'read', subject: 'SlaPolicy' },
  'support.sla.manage': { action: 'manage', subject: 'SlaPolicy' },
  'support.analytics.read': { action: 'read', subject: 'Report' },
  'support.analytics.query': { action: 'query', subject: 'Report' },
  'identity.users.read': { action: 'read', subject: 'User' },
  'identity.users.manage': { action: 'manage', subject: 'User' },
  'identity.teams.manage': { action: 'manage', subject: 'Team' },
  'identity.entities.manage': { action: 'manage', subject: 'Entity' },
  'identity.tokens.create': { action: 'create', subject: 'ApiToken' },
  'audit.read': { action: 'read', subject: 'AuditEvent' },
} as const;

export type PermissionName = keyof typeof permissions;
export type Action = (typeof permissions)[PermissionName]['action'];
export type Subject = (typeof permissions)[PermissionName]['subject'];

export const permissionNames = Object.keys(permissions) as PermissionName[];
