import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    email: p.string(),
    name: p.string(),
    type: p.enum(['staff', 'customer'] as const),
    passwordHash: p.string().nullable().hidden(),
    active: p.boolean(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type UserEntity = InferEntity<typeof UserSchema>;
