import { subject } from '@casl/ability';
import { customer, grant, KA, OL, staff, USER_ID } from '../testing/principals.ts';
import { describe, expect, it } from '@jest/globals';
import { defineAbilityFor, entityScope, type AppAbility } from './ability.ts';
import {
  permissionNames,
  permissions,
  type Action,
  type PermissionName,
  type Subject,
} from './permissions.ts';

const user = staff;

/** Whether the ability allows `action` on one record of `type` in `entity`, created by `createdById`. */
function allows(
  ability: AppAbility,
  action: Action | 'manage',
  type: Subject,
  entity: string,
  createdById = USER_ID,
) {
  return ability.can(action, subject(type, { entity, createdById }) as unknown as Subject);
}

/** Whether the ability allows the named permission on a record (created by the user) in `entity`. */
function allowsPermission(ability: AppAbility, name: PermissionName, entity: string, createdById = USER_ID) {
  const { action, subject: type } = permissions[name];
  return allows(ability, action, type, entity, createdById);
}

const allowedIn = (ability: AppAbility, entity: string) =>
  permissionNames.filter((name) => allowsPermission(ability, name, entity));

describe('defineAbilityFor: anonymous and unknown roles', () => {
  it('denies an anonymous principal every permission, on records and on types', () => {
    const ability = defineAbilityFor({ kind: 'anonymous' });
    expect(ability.rules).toEqual([]);
    for (const name of permissionNames) {
      const { action, subject: type } = permissions[name];
      expect(ability.can(action, type)).toBe(false);
      expect(allowsPermission(ability, name, KA)).toBe(false);
    }
  });

  it('grants nothing for a role it does not know', () => {
    const ability = defineAbilityFor(user(grant('root', null), grant('owner', KA)));
    expect(ability.rules).toEqual([]);
    expect(allowedIn(ability, KA)).toEqual([]);
  });

  it('ignores an unknown role next to a known one', () => {
    const ability = defineAbilityFor(user(grant('root', null), grant('analyst', KA)));
    expect(allowsPermission(ability, 'support.analytics.query', KA)).toBe(true);
    expect(allowsPermission(ability, 'support.tickets.update', KA)).toBe(false);
    expect(allowedIn(ability, OL)).toEqual([]);
  });

  it('grants nothing to a user without roles', () => {
    const ability = defineAbilityFor(user());
    expect(allowedIn(ability, KA)).toEqual([]);
  });
});

describe('defineAbilityFor: super_admin', () => {
  it('allows every permission in every entity when granted globally', () => {
    const ability = defineAbilityFor(user(grant('super_admin', null)));
    for (const entity of [KA, OL, 'an_entity_created_later']) {
      expect(allowedIn(ability, entity)).toEqual(permissionNames);
      // and on records somebody else created
      for (const name of permissionNames)
        expect(allowsPermission(ability, name, entity, 'someone-else')).toBe(true);
    }
  });

  it('is limited to its entity when granted in one entity', () => {
    const ability = defineAbilityFor(user(grant('super_admin', KA)));
    expect(allowedIn(ability, KA)).toEqual(permissionNames);
    expect(allowedIn(ability, OL)).toEqual([]);
  });
});

describe('defineAbilityFor: admin', () => {
  const ability = defineAbilityFor(user(grant('admin', KA)));

  it('allows everything but identity.entities.manage within its entity', () => {
    expect(allowedIn(ability, KA)).toEqual(
      permissionNames.filter((name) => name !== 'identity.entities.manage'),
    );
  });

  it('may not manage entities, not even its own', () => {
    expect(allowsPermission(ability, 'identity.entities.manage', KA)).toBe(false);
    expect(allows(ability, 'read', 'Entity', KA)).toBe(false);
  });

  it('has no access in another entity', () => {
    expect(allowedIn(ability, OL)).toEqual([]);
  });

  it('reaches every action on users through identity.users.manage', () => {
    for (const action of ['read', 'create', 'update', 'manage'] as const) {
      expect(allows(ability, action, 'User', KA)).toBe(true);
      expect(allows(ability, action, 'User', OL)).toBe(false);
    }
  });
});

describe('defineAbilityFor: support_agent', () => {
  const ability = defineAbilityFor(user(grant('support_agent', KA)));

  it('works tickets in its entity', () => {
    for (const action of ['create', 'read', 'update', 'assign', 'close'] as const) {
      expect(allows(ability, action, 'Ticket', KA, 'a-customer')).toBe(true);
    }
  });

  it('has no ticket access in another entity', () => {
    for (const action of ['create', 'read', 'update', 'assign', 'close'] as const) {
      expect(allows(ability, action, 'Ticket', OL, USER_ID)).toBe(false);
    }
  });

  it('reads but does not write or publish knowledge base articles', () => {
    expect(allowsPermission(ability, 'support.kb.read', KA)).toBe(true);
    expect(allowsPermission(ability, 'support.kb.create', KA)).toBe(false);
    expect(allowsPermission(ability, 'support.kb.update', KA)).toBe(false);
    expect(allowsPermission(ability, 'support.kb.publish', KA)).toBe(false);
  });

  it('has exactly the agent permissions in its entity', () => {
    expect(allowedIn(ability, KA).sort()).toEqual(
      [
        'identity.tokens.create',
        'identity.users.read',
        'support.kb.read',
        'support.sla.read',
        'support.tickets.assign',
        'support.tickets.close',
        'support.tickets.create',
        'support.tickets.read',
        'support.tickets.update',
      ].sort(),
    );
  });

  it('may not manage SLA policies, users, teams or entities, nor read analytics or audit', () => {
    for (const name of [
      'support.sla.manage',
      'identity.users.manage',
      'identity.teams.manage',
      'identity.entities.manage',
      'support.analytics.read',
      'audit.read',
    ] as const) {
      expect(allowsPermission(ability, name, KA)).toBe(false);
    }
  });
});

describe('defineAbilityFor: kb_editor', () => {
  const ability = defineAbilityFor(user(grant('kb_editor', OL)));

  it('creates, updates and publishes articles in its entity, and only reads tickets', () => {
    expect(allowedIn(ability, OL).sort()).toEqual(
      [
        'identity.tokens.create',
        'identity.users.read',
        'support.kb.create',
        'support.kb.publish',
        'support.kb.read',
        'support.kb.update',
        'support.tickets.read',
      ].sort(),
    );
    expect(allowsPermission(ability, 'support.tickets.update', OL)).toBe(false);
  });

  it('may not publish in another entity', () => {
    expect(allowsPermission(ability, 'support.kb.publish', KA)).toBe(false);
    expect(allowedIn(ability, KA)).toEqual([]);
  });
});

describe('defineAbilityFor: analyst', () => {
  const ability = defineAbilityFor(user(grant('analyst', KA)));

  it('reads and queries analytics and reads tickets, SLA and articles in its entity', () => {
    expect(allowedIn(ability, KA).sort()).toEqual(
      [
        'identity.tokens.create',
        'identity.users.read',
        'support.analytics.query',
        'support.analytics.read',
        'support.kb.read',
        'support.sla.read',
        'support.tickets.read',
      ].sort(),
    );
  });

  it('changes nothing', () => {
    for (const action of ['create', 'update', 'assign', 'close'] as const) {
      expect(allows(ability, action, 'Ticket', KA)).toBe(false);
    }
    expect(allows(ability, 'update', 'Article', KA)).toBe(false);
    expect(allowsPermission(ability, 'support.sla.manage', KA)).toBe(false);
  });

  it('sees nothing in another entity', () => {
    expect(allowedIn(ability, OL)).toEqual([]);
  });
});

describe('defineAbilityFor: customer', () => {
  const ability = defineAbilityFor(customer(grant('customer', KA)));

  it('reads its own tickets only', () => {
    expect(allows(ability, 'read', 'Ticket', KA, USER_ID)).toBe(true);
    expect(allows(ability, 'read', 'Ticket', KA, 'another-customer')).toBe(false);
  });

  it('does not read its own tickets in another entity', () => {
    expect(allows(ability, 'read', 'Ticket', OL, USER_ID)).toBe(false);
  });

  it('creates tickets in its entity, not in another', () => {
    expect(allows(ability, 'create', 'Ticket', KA)).toBe(true);
    expect(allows(ability, 'create', 'Ticket', OL)).toBe(false);
  });

  it('cannot update, assign or close tickets, even its own', () => {
    for (const action of ['update', 'assign', 'close'] as const) {
      expect(allows(ability, action, 'Ticket', KA, USER_ID)).toBe(false);
    }
  });

  it('reads articles in its entity and has no staff permissions', () => {
    expect(allowedIn(ability, KA).sort()).toEqual(
      ['identity.tokens.create', 'support.kb.read', 'support.tickets.create', 'support.tickets.read'].sort(),
    );
    expect(allowsPermission(ability, 'identity.users.read', KA)).toBe(false);
  });

  it('reads only its own tickets in every entity when granted globally', () => {
    const global = defineAbilityFor(customer(grant('customer', null)));
    expect(allows(global, 'read', 'Ticket', OL, USER_ID)).toBe(true);
    expect(allows(global, 'read', 'Ticket', OL, 'another-customer')).toBe(false);
  });
});

describe('defineAbilityFor: several grants', () => {
  const ability = defineAbilityFor(user(grant('support_agent', KA), grant('kb_editor', OL)));

  it('combines the grants, each within its own entity', () => {
    expect(allows(ability, 'update', 'Ticket', KA)).toBe(true);
    expect(allows(ability, 'update', 'Ticket', OL)).toBe(false);
    expect(allows(ability, 'publish', 'Article', OL)).toBe(true);
    expect(allows(ability, 'publish', 'Article', KA)).toBe(false);
    expect(allows(ability, 'read', 'Ticket', KA)).toBe(true);
    expect(allows(ability, 'read', 'Ticket', OL)).toBe(true);
    expect(allows(ability, 'read', 'Ticket', 'a_third_entity')).toBe(false);
  });
});

const every = { kind: 'every' };
const some = (...entities: string[]) => ({ kind: 'some', entities });
const none = { kind: 'none' };

describe('entityScope', () => {
  it('is every entity for a global grant', () => {
    expect(entityScope(defineAbilityFor(user(grant('super_admin', null))), 'read', 'Ticket')).toEqual(every);
    expect(entityScope(defineAbilityFor(user(grant('support_agent', null))), 'update', 'Ticket')).toEqual(
      every,
    );
  });

  it('is every entity when a global grant sits beside scoped ones', () => {
    const ability = defineAbilityFor(user(grant('support_agent', KA), grant('analyst', null)));
    expect(entityScope(ability, 'read', 'Ticket')).toEqual(every);
    // the global grant does not carry update, so update stays scoped
    expect(entityScope(ability, 'update', 'Ticket')).toEqual(some(KA));
  });

  it('lists the entities of scoped grants, each once', () => {
    const ability = defineAbilityFor(
      user(grant('support_agent', KA), grant('analyst', KA), grant('kb_editor', OL)),
    );
    const read = entityScope(ability, 'read', 'Ticket');
    expect(read.kind === 'some' && [...read.entities].sort()).toEqual([KA, OL].sort());
    expect(entityScope(ability, 'update', 'Ticket')).toEqual(some(KA));
    expect(entityScope(ability, 'publish', 'Article')).toEqual(some(OL));
  });

  it('is none when nothing is permitted', () => {
    expect(entityScope(defineAbilityFor({ kind: 'anonymous' }), 'read', 'Ticket')).toEqual(none);
    expect(entityScope(defineAbilityFor(user(grant('support_agent', KA))), 'publish', 'Article')).toEqual(
      none,
    );
  });

  it('counts manage rules for every action on their subject', () => {
    expect(entityScope(defineAbilityFor(user(grant('admin', OL))), 'read', 'User')).toEqual(some(OL));
  });

  it('lists the entity of an own-records-only grant', () => {
    const ability = defineAbilityFor(customer(grant('customer', KA)));
    expect(entityScope(ability, 'read', 'Ticket')).toEqual(some(KA));
  });

  it('tells a global super admin from a scoped one for managing entities', () => {
    expect(entityScope(defineAbilityFor(user(grant('super_admin', null))), 'manage', 'Entity')).toEqual(
      every,
    );
    expect(entityScope(defineAbilityFor(user(grant('super_admin', KA))), 'manage', 'Entity')).toEqual(
      some(KA),
    );
    expect(entityScope(defineAbilityFor(user(grant('admin', null))), 'manage', 'Entity')).toEqual(none);
  });
});
