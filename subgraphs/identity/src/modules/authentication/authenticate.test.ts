import { describe, expect, it } from '@jest/globals';
import type { RoleGrant } from '@lotse/kernel/context/principal';
import { covers, intersectGrants } from './authenticate.ts';

const KA = 'kids_ascension';
const OL = 'ozean_licht';
const grant = (role: string, entity: string | null): RoleGrant => ({ role, entity });

describe('covers', () => {
  it('covers the same role in the same entity', () => {
    expect(covers(grant('support_agent', KA), grant('support_agent', KA))).toBe(true);
  });

  it('covers the same role in any entity when held in every entity', () => {
    expect(covers(grant('support_agent', null), grant('support_agent', KA))).toBe(true);
    expect(covers(grant('support_agent', null), grant('support_agent', null))).toBe(true);
  });

  it('does not cover another entity', () => {
    expect(covers(grant('support_agent', KA), grant('support_agent', OL))).toBe(false);
  });

  it('does not widen a role held in one entity to every entity', () => {
    expect(covers(grant('support_agent', KA), grant('support_agent', null))).toBe(false);
  });

  it('does not cover another role, not even a lesser one', () => {
    expect(covers(grant('analyst', KA), grant('support_agent', KA))).toBe(false);
    expect(covers(grant('super_admin', null), grant('customer', KA))).toBe(false);
  });
});

describe('intersectGrants', () => {
  it('keeps the wanted grants the owner still holds, in their order', () => {
    const wanted = [grant('analyst', KA), grant('support_agent', OL), grant('support_agent', KA)];
    const held = [grant('support_agent', KA), grant('analyst', null)];
    expect(intersectGrants(wanted, held)).toEqual([grant('analyst', KA), grant('support_agent', KA)]);
  });

  it('keeps nothing when the owner holds nothing', () => {
    expect(intersectGrants([grant('admin', KA)], [])).toEqual([]);
  });

  it('keeps nothing when nothing was wanted', () => {
    expect(intersectGrants([], [grant('admin', null)])).toEqual([]);
  });

  it('drops a global token grant when the owner holds the role in one entity only', () => {
    expect(intersectGrants([grant('admin', null)], [grant('admin', KA), grant('admin', OL)])).toEqual([]);
  });

  it('keeps a global token grant when the owner holds the role globally', () => {
    expect(intersectGrants([grant('admin', null)], [grant('admin', null)])).toEqual([grant('admin', null)]);
  });
});
