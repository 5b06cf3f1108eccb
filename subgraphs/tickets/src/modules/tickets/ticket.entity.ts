import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ticketStatuses = ['new', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;

/** A ticket. `entity` and `createdById` are the fields access rules filter on (see kernel/policy). */
export const TicketSchema = defineEntity({
  name: 'Ticket',
  tableName: 'ticket',
  properties: {
    id: p.uuid().primary(),
    number: p.string(),
    entity: p.string(),
    title: p.string(),
    description: p.text(),
    status: p.enum(ticketStatuses),
    priority: p.enum(ticketPriorities),
    createdById: p.uuid(),
    assigneeId: p.uuid().nullable(),
    /** The ticket's category (modules/categories); null when it has none. */
    categoryId: p.uuid().nullable(),
    /** The ticket this one is part of, and the one it was merged into (modules/relations). */
    parentId: p.uuid().nullable(),
    mergedIntoId: p.uuid().nullable(),
    clientMutationId: p.string().nullable(),
    resolutionNotes: p.text().nullable(),
    resolvedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    deletedAt: p.datetime().nullable(),
    firstResponseAt: p.datetime().nullable(),
    awaitingReply: p.boolean().default(false),
    /** Sort keys computed by PostgreSQL (Migration20261205010000_ticket_finding): urgency and workflow order. */
    priorityRank: p.smallint().generated('stored').nullable(),
    statusRank: p.smallint().generated('stored').nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type TicketEntity = InferEntity<typeof TicketSchema>;
