import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@lotse/kernel/errors';
import { isUuid } from '@lotse/kernel/graphql/pagination';

/**
 * A condition on Ticket for the ticket filter: tickets of the category or of any category below it
 * (the materialized path: one indexed `path_ids @> array[id]` subquery). Archived categories count;
 * an id out of the caller's reach simply matches no ticket the caller may see, since the tickets'
 * own scope is part of the same query. Usable with `em.find`, `em.count` and the query builder, and
 * reusable across them (list and totalCount).
 *
 *   if (filter.categoryId) where.push(categoryFilterWhere(context.em, filter.categoryId));
 */
export function categoryFilterWhere(em: EntityManager, categoryId: string, field = 'filter.categoryId') {
  if (!isUuid(categoryId)) throw badInput('categoryId is not a valid id.', field);
  const schema = em.config.get('schema');
  return {
    [raw(
      (alias) =>
        `${alias}.category_id in (select c.id from "${schema}".category c where c.path_ids @> array[?]::uuid[])`,
      [categoryId.toLowerCase()],
    )]: [],
  };
}
