import type { MikroORM } from '@mikro-orm/postgresql';
import { provisionEntity, provisionUser } from '@lotse/identity/seed/provision';

/**
 * The benchmark's tenants and people: both entities, a support agent per entity (the KA one is
 * the benchmark's caller) and two customers per entity who open the generated tickets.
 */
export const KA = { code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' } as const;
export const OL = { code: 'ozean_licht', prefix: 'OL', name: 'Ozean Licht' } as const;
export const benchEntities = [KA, OL] as const;

export interface BenchPeople {
  agent: { email: string; password: string };
  /** Per entity code: who opens and who is assigned the generated tickets. */
  byEntity: Record<string, { creatorIds: string[]; assigneeIds: string[] }>;
}

const PASSWORD = 'lotse-bench-password';

export async function seedPeople(identity: MikroORM): Promise<BenchPeople> {
  const em = identity.em.fork();
  const byEntity: BenchPeople['byEntity'] = {};
  for (const entity of benchEntities) {
    await provisionEntity(em, entity);
    const user = (local: string, role: string, type: 'staff' | 'customer') =>
      provisionUser(em, {
        email: `${local}@${entity.prefix.toLowerCase()}.bench.lotse.dev`,
        name: `Bench ${local} (${entity.name})`,
        type,
        password: PASSWORD,
        roles: [{ role, entity: entity.code }],
      });
    const agent = await user('agent', 'support_agent', 'staff');
    const customers = [await user('customer1', 'customer', 'customer'), await user('customer2', 'customer', 'customer')];
    byEntity[entity.code] = { creatorIds: customers.map((c) => c.id), assigneeIds: [agent.id] };
  }
  return { agent: { email: `agent@${KA.prefix.toLowerCase()}.bench.lotse.dev`, password: PASSWORD }, byEntity };
}
