import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A brand (tenant). Named EntityRecord because "Entity" is MikroORM's word for a mapped class. */
export const EntityRecordSchema = defineEntity({
  name: 'EntityRecord',
  tableName: 'entity',
  properties: {
    code: p.string().primary(),
    prefix: p.string(),
    name: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type EntityRecord = InferEntity<typeof EntityRecordSchema>;
