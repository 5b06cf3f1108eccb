import { describe, expect, it } from '@jest/globals';
import { outcome } from '@lotse/kernel/testing/thrown';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { defineAbilityFor } from '@lotse/kernel/policy/ability';
import { assertManagesUser, assertMayAssign, managesEntity } from './user-access.ts';

const abilityOf = (...roles: RoleGrant[]) =>
  defineAbilityFor({
    kind: 'user',
    userId: 'u',
    userType: 'staff',
    credentialId: 'c',
    credentialKind: 'session',
    roles,
  });

describe('who may assign roles', () => {
  it('scopes an entity admin to its entity', () => {
    const admin = abilityOf({ role: 'admin', entity: 'kids_ascension' });
    expect(managesEntity(admin, 'kids_ascension')).toBe(true);
    expect(managesEntity(admin, 'ozean_licht')).toBe(false);
    expect(managesEntity(admin, null)).toBe(false);
  });

  it('lets a global admin and a super admin assign anywhere, an agent nowhere', () => {
    expect(managesEntity(abilityOf({ role: 'admin', entity: null }), null)).toBe(true);
    expect(managesEntity(abilityOf({ role: 'super_admin', entity: null }), 'ozean_licht')).toBe(true);
    expect(
      managesEntity(abilityOf({ role: 'support_agent', entity: 'kids_ascension' }), 'kids_ascension'),
    ).toBe(false);
  });

  it("refuses with FORBIDDEN outside the caller's entities", () => {
    const admin = abilityOf({ role: 'admin', entity: 'kids_ascension' });
    expect(outcome(() => assertMayAssign(admin, { role: 'kb_editor', entity: 'kids_ascension' }))).toBe('ok');
    expect(outcome(() => assertMayAssign(admin, { role: 'kb_editor', entity: 'ozean_licht' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('needs rights over every entity a user works in to manage the user as a whole', () => {
    const admin = abilityOf({ role: 'admin', entity: 'kids_ascension' });
    const both = [
      { role: 'support_agent', entity: 'kids_ascension' },
      { role: 'support_agent', entity: 'ozean_licht' },
    ];
    expect(outcome(() => assertManagesUser(admin, both.slice(0, 1)))).toBe('ok');
    expect(outcome(() => assertManagesUser(admin, both))).toBe('FORBIDDEN');
    expect(outcome(() => assertManagesUser(admin, []))).toBe('FORBIDDEN');
  });
});

describe('nobody grants more than they hold', () => {
  it('keeps a global admin from granting or revoking super_admin', () => {
    const globalAdmin = abilityOf({ role: 'admin', entity: null });
    expect(outcome(() => assertMayAssign(globalAdmin, { role: 'super_admin', entity: null }))).toBe(
      'FORBIDDEN',
    );
    expect(outcome(() => assertMayAssign(globalAdmin, { role: 'admin', entity: null }))).toBe('ok');
    expect(outcome(() => assertManagesUser(globalAdmin, [{ role: 'super_admin', entity: null }]))).toBe(
      'FORBIDDEN',
    );
  });

  it("lets an entity admin grant its entity's roles but not a global one", () => {
    const admin = abilityOf({ role: 'admin', entity: 'kids_ascension' });
    for (const role of ['admin', 'support_agent', 'kb_editor', 'analyst', 'customer']) {
      expect(outcome(() => assertMayAssign(admin, { role, entity: 'kids_ascension' }))).toBe('ok');
    }
    expect(outcome(() => assertMayAssign(admin, { role: 'support_agent', entity: null }))).toBe('FORBIDDEN');
  });

  it('lets a super admin grant anything', () => {
    const root = abilityOf({ role: 'super_admin', entity: null });
    expect(outcome(() => assertMayAssign(root, { role: 'super_admin', entity: null }))).toBe('ok');
  });
});
