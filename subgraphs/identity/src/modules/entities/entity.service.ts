import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityRef } from '@lotse/kernel/context/principal';
import { badInput, conflict } from '@lotse/kernel/errors';
import { recordEvent } from '@lotse/kernel/events/outbox';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { assertManagesEntities } from './entity-access.ts';
import { EntityRecordSchema } from './entity.entity.ts';
import { cleanName } from '../users/user-input.ts';

/** The directory of entities every request carries (see InternalContext.entities). */
export async function entityDirectory(em: EntityManager): Promise<EntityRef[]> {
  const rows = await em.find(EntityRecordSchema, {}, { orderBy: { code: 'asc' } });
  return rows.map(({ code, prefix, name }) => ({ code, prefix, name }));
}

export interface CreateEntityInput {
  code: string;
  prefix: string;
  name: string;
}

export async function createEntity(context: SubgraphContext, input: CreateEntityInput) {
  assertManagesEntities(context);
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(input.code)) {
    throw badInput(
      'code must be 2–40 lowercase letters, digits or underscores, starting with a letter.',
      'code',
    );
  }
  if (!/^[A-Z]{2,4}$/.test(input.prefix)) throw badInput('prefix must be 2–4 uppercase letters.', 'prefix');
  const name = cleanName(input.name);
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
