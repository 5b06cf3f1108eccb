import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const TeamSchema = defineEntity({
  name: 'Team',
  tableName: 'team',
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    entity: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type TeamEntity = InferEntity<typeof TeamSchema>;

export const TeamMemberSchema = defineEntity({
  name: 'TeamMember',
  tableName: 'team_member',
  properties: {
    teamId: p.uuid().primary(),
    userId: p.uuid().primary(),
  },
});
