import { describe, expect, it } from '@jest/globals';
import { permissionNames, permissions } from './permissions.ts';
import { isRoleName, roleNames, roles } from './roles.ts';

const actions = [
  'create',
  'read',
  'update',
  'assign',
  'close',
  'delete',
  'publish',
  'query',
  'manage',
  'import',
];
const subjects = [
  'Ticket',
  'Article',
  'SlaPolicy',
  'Report',
  'User',
  'Team',
  'Entity',
  'ApiToken',
  'AuditEvent',
  'Category',
  'CannedResponse',
];

describe('permissions', () => {
  it('maps every permission name to a known action and subject', () => {
    for (const name of permissionNames) {
      expect(actions).toContain(permissions[name].action);
      expect(subjects).toContain(permissions[name].subject);
    }
  });

  it('uses the seed naming: area.resource.verb (or area.verb)', () => {
    for (const name of permissionNames) expect(name).toMatch(/^[a-z]+(\.[a-z]+){1,2}$/);
  });

  it('maps no two names to the same action and subject', () => {
    const pairs = permissionNames.map((name) => `${permissions[name].action} ${permissions[name].subject}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('never grants CASL\'s wildcard subject "all"', () => {
    for (const name of permissionNames) expect(permissions[name].subject).not.toBe('all');
  });
});

describe('roles', () => {
  it('recognises only its own role names, not inherited object properties', () => {
    expect(roleNames.every(isRoleName)).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(isRoleName(name)).toBe(false);
  });

  it('defines the six roles of the product', () => {
    expect([...roleNames].sort()).toEqual([
      'admin',
      'analyst',
      'customer',
      'kb_editor',
      'super_admin',
      'support_agent',
    ]);
  });

  it('refers only to existing permissions', () => {
    for (const name of roleNames) {
      const definition = roles[name];
      expect(definition.permissions.length).toBeGreaterThan(0);
      for (const permission of definition.permissions) expect(permissionNames).toContain(permission);
    }
  });

  it('lists each permission once per role', () => {
    for (const name of roleNames) {
      const list = roles[name].permissions;
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('limits own-records-only permissions to ones the role holds', () => {
    for (const name of roleNames) {
      const definition: { permissions: readonly string[]; ownOnly?: readonly string[] } = roles[name];
      for (const permission of definition.ownOnly ?? []) expect(definition.permissions).toContain(permission);
    }
  });

  it('gives only the customer role the customer user type', () => {
    expect(roleNames.filter((name) => roles[name].userType === 'customer')).toEqual(['customer']);
  });

  it('lets only admins and super admins delete tickets', () => {
    expect(
      roleNames.filter((name) =>
        (roles[name].permissions as readonly string[]).includes('support.tickets.delete'),
      ),
    ).toEqual(['super_admin', 'admin']);
  });

  it('lets only admins and super admins manage ticket categories and canned responses, and import tickets', () => {
    for (const permission of [
      'support.categories.manage',
      'support.canned.manage',
      'support.tickets.import',
    ]) {
      expect(
        roleNames.filter((name) => (roles[name].permissions as readonly string[]).includes(permission)),
      ).toEqual(['super_admin', 'admin']);
    }
  });

  it('gives super_admin every permission and admin every one but managing entities', () => {
    expect([...roles.super_admin.permissions].sort()).toEqual([...permissionNames].sort());
    expect([...roles.admin.permissions].sort()).toEqual(
      permissionNames.filter((name) => name !== 'identity.entities.manage').sort(),
    );
  });

  it('keeps staff-only permissions away from customers', () => {
    const customer: readonly string[] = roles.customer.permissions;
    for (const permission of [
      'support.tickets.update',
      'support.tickets.assign',
      'support.tickets.delete',
      'support.tickets.import',
      'identity.users.read',
      'audit.read',
    ]) {
      expect(customer).not.toContain(permission);
    }
  });

  it('recognises role names', () => {
    expect(isRoleName('support_agent')).toBe(true);
    expect(isRoleName('Support_Agent')).toBe(false);
    expect(isRoleName('root')).toBe(false);
    expect(isRoleName('')).toBe(false);
  });
});
