import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityRef } from '@lotse/kernel/context/principal';
import { badInput, conflict, forbidden } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import { entitiesWhere } from '@lotse/kernel/policy/ability';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { EntityRecordSchema } from './entity.entity.ts';

/** The directory of entities every request carries (see InternalContext.entities). */
export async function entityDirectory(em: EntityManager): Promise<EntityRef[]> {
  const rows = await em.find(EntityRecordSchema, {}, { orderBy: { code: 'asc' } });
  return rows.map(({ code, prefix, name }) => ({ code, prefix, name }));
}

/** Entities visible to the caller: those they hold any role in (all of them with a global role). */
export function visibleEntities(context: SubgraphContext): EntityRef[] {
  const { principal, internal } = context;
  if (principal.kind !== 'user') return [];
  if (principal.roles.some((grant) => grant.entity === null)) return internal.entities;
  const held = new Set(principal.roles.map((grant) => grant.entity));
  return internal.entities.filter((entity) => held.has(entity.code));
}

export interface CreateEntityInput {
  code: string;
  prefix: string;
  name: string;
}

export async function createEntity(context: SubgraphContext, input: CreateEntityInput) {
  if (entitiesWhere(context.ability, 'manage', 'Entity') !== null)
    throw forbidden('Only a super admin can add entities.');
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(input.code)) {
    throw badInput(
      'code must be 2–40 lowercase letters, digits or underscores, starting with a letter.',
      'code',
    );
  }
  if (!/^[A-Z]{2,4}$/.test(input.prefix)) throw badInput('prefix must be 2–4 uppercase letters.', 'prefix');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name must be 1–100 characters.', 'name');
  return context.em.transactional(async (tx) => {
    const clash = await tx.findOne(EntityRecordSchema, {
      $or: [{ code: input.code }, { prefix: input.prefix }],
    });
    if (clash) throw conflict('An entity with this code or prefix exists already.');
    const entity = tx.create(EntityRecordSchema, { code: input.code, prefix: input.prefix, name });
    await tx.flush();
    await recordEvent(tx, context.internal, {
      type: 'entity.created',
      aggregateType: 'Entity',
      aggregateId: entity.code,
      entity: entity.code,
      after: { code: entity.code, prefix: entity.prefix, name },
    });
    return entity;
  });
}
