import { createSubgraphOrm } from '@lotse/kernel/db/orm';
import { Migration20261125000000_initial } from './migrations/Migration20261125000000_initial.ts';
import { Migration20261125020000_staff_replica } from './migrations/Migration20261125020000_staff_replica.ts';
import { Migration20261205000000_ticket_lifecycle } from './migrations/Migration20261205000000_ticket_lifecycle.ts';
import { Migration20261205010000_ticket_finding } from './migrations/Migration20261205010000_ticket_finding.ts';
import { Migration20261205020000_conversation } from './migrations/Migration20261205020000_conversation.ts';
import { Migration20261205030000_taxonomy } from './migrations/Migration20261205030000_taxonomy.ts';
import { Migration20261205040000_append_only_outbox } from './migrations/Migration20261205040000_append_only_outbox.ts';
import { Migration20261205050000_search } from './migrations/Migration20261205050000_search.ts';
import { Migration20261205060000_relations } from './migrations/Migration20261205060000_relations.ts';
import { Migration20261205070000_import } from './migrations/Migration20261205070000_import.ts';
import { Migration20261205080000_views } from './migrations/Migration20261205080000_views.ts';
import { Migration20261205090000_notifications } from './migrations/Migration20261205090000_notifications.ts';
import { NotificationSchema } from './modules/notifications/notification.entity.ts';
import { Migration20261205100000_presence } from './migrations/Migration20261205100000_presence.ts';
import { TicketPresenceSchema } from './modules/presence/presence.entity.ts';
import { TicketViewSchema } from './modules/views/ticket-view.entity.ts';
import { TicketLinkSchema } from './modules/relations/ticket-link.entity.ts';
import { MessageSchema } from './modules/conversation/message.entity.ts';
import { TicketSchema } from './modules/tickets/ticket.entity.ts';
import { AuditEventSchema } from './modules/audit/audit-event.entity.ts';
import { BusAuditEventSchema } from './modules/audit/bus-audit-event.entity.ts';
import { CannedResponseSchema } from './modules/canned-responses/canned-response.entity.ts';
import { CategorySchema } from './modules/categories/category.entity.ts';
import { TagSchema, TicketTagSchema } from './modules/tags/tag.entity.ts';

/** The tickets subgraph's PostgreSQL schema, entities and migrations. */
export const SCHEMA = 'tickets';

export const createTicketsOrm = (url: string, poolSize?: number) =>
  createSubgraphOrm({
    url,
    schema: SCHEMA,
    poolSize,
    entities: [
      TicketSchema,
      AuditEventSchema,
      BusAuditEventSchema,
      MessageSchema,
      TicketLinkSchema,
      CategorySchema,
      TagSchema,
      TicketTagSchema,
      CannedResponseSchema,
      TicketViewSchema,
      NotificationSchema,
      TicketPresenceSchema,
    ],
    migrations: {
      Migration20261125000000_initial,
      Migration20261125020000_staff_replica,
      Migration20261205000000_ticket_lifecycle,
      Migration20261205010000_ticket_finding,
      Migration20261205020000_conversation,
      Migration20261205030000_taxonomy,
      Migration20261205040000_append_only_outbox,
      Migration20261205050000_search,
      Migration20261205060000_relations,
      Migration20261205070000_import,
      Migration20261205080000_views,
      Migration20261205090000_notifications,
      Migration20261205100000_presence,
    },
  });
