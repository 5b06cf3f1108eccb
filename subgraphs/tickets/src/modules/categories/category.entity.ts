import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** How deep categories nest: a root category has depth 1. */
export const MAX_CATEGORY_DEPTH = 5;

/**
 * A ticket category: of one entity, or shared by every entity (`entity` null). `pathIds` is the
 * materialized path — the ids from the root down to the category itself — so a category's subtree
 * is `pathIds @> [id]` and its depth is `pathIds.length`. A category and its parent always belong to
 * the same entity (or are both shared). Archived categories stay on the tickets that have them.
 */
export const CategorySchema = defineEntity({
  name: 'Category',
  tableName: 'category',
  properties: {
    id: p.uuid().primary(),
    entity: p.string().nullable(),
    parentId: p.uuid().nullable(),
    name: p.string(),
    pathIds: p.array().columnType('uuid[]'),
    defaultAssigneeId: p.uuid().nullable(),
    archivedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type CategoryEntity = InferEntity<typeof CategorySchema>;
