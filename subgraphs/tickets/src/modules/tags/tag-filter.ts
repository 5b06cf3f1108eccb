import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeTag } from './tag-input.ts';

/**
 * A condition on Ticket for the ticket filter: tickets carrying the tag (normalized like a tag;
 * BAD_USER_INPUT on `field` when it cannot be one). Usable with `em.find`, `em.count` and the query
 * builder, and reusable across them (list and totalCount). Several tags: push one condition per tag
 * (all of them) or wrap them in `$or` (any of them).
 *
 *   if (filter.tag) where.push(tagFilterWhere(context.em, filter.tag));
 */
export function tagFilterWhere(em: EntityManager, tag: string, field = 'filter.tag') {
  const name = normalizeTag(tag, field);
  const schema = em.config.get('schema');
  return {
    [raw(
      (alias) =>
        `${alias}.id in (select tt.ticket_id from "${schema}".ticket_tag tt join "${schema}".tag g on g.id = tt.tag_id where g.name = ? and g.entity = ${alias}.entity)`,
      [name],
    )]: [],
  };
}
