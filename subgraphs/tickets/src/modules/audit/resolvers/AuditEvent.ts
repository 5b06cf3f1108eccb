import type { AuditEventResolvers } from '../../../generated/resolvers.ts';
import { fieldChanges } from '../field-changes.ts';

export const AuditEvent: AuditEventResolvers = {
  actor: (event) => (event.actorId ? { __typename: 'User', id: event.actorId } : null),
  entity: (event) => (event.entity ? { __typename: 'Entity', code: event.entity } : null),
  subjectType: (event) => event.aggregateType,
  subjectId: (event) => event.aggregateId,
  changes: (event) => fieldChanges(event.before, event.after),
};
