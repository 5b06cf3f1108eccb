import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const userTypes = ['staff', 'customer'] as const;

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    email: p.string(),
    name: p.string(),
    type: p.enum(userTypes),
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

/**
 * The GraphQL `User` parent: a user row, marked `viewerIsSelf` when `login` answers with the user who
 * just signed in (the request itself still carries no credential, yet that user may see their own
 * email and roles).
 */
export type UserView = UserEntity & { readonly viewerIsSelf?: true };
