import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One codegen config for the whole repository: typed resolvers per subgraph (federation-aware,
 * parents mapped to the MikroORM entity types) and typed documents for web/ (the client preset
 * over the API schema: `graphql(\`query …\`)` in web/src returns a typed document).
 * Run `npm run compose && npm run codegen` after changing anything under schema/ or web/'s operations.
 */
const resolverPlugins = ['typescript', 'typescript-resolvers'];

/** GraphQL enum values are SCREAMING_CASE; the database stores the same words in snake_case. */
const snakeCaseEnum = (...values: string[]) =>
  Object.fromEntries(values.map((value) => [value, value.toLowerCase()]));

const resolverConfig = (
  mappers: Record<string, string>,
  contextType: string,
  enumValues: Record<string, Record<string, string>> = {},
) => ({
  federation: true,
  useTypeImports: true,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  contextType,
  mappers,
  enumValues,
  scalars: { DateTime: { input: 'string', output: 'Date | string' } },
});

const config: CodegenConfig = {
  overwrite: true,
  // The console's operations arrive with the console; until then web/ gets the typed `graphql()` only.
  ignoreNoDocuments: true,
  generates: {
    'web/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
    // Plain types of the API for the UI kit, whose domain types pick their fields from them (ui-kit/src/domain.ts).
    'ui-kit/src/generated/api-types.ts': {
      schema: 'schema/api.graphql',
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
    'subgraphs/identity/src/generated/resolvers.ts': {
      schema: 'schema/identity/*.graphql',
      plugins: resolverPlugins,
      config: resolverConfig(
        {
          User: '../modules/users/user.entity.ts#UserView',
          UserConnection: '../modules/users/user.service.ts#UserPage',
          Entity: '@lotse/kernel/context/principal#EntityRef',
          Team: '../modules/teams/team.entity.ts#TeamEntity',
          ApiToken: '../modules/api-tokens/api-token.entity.ts#ApiTokenEntity',
          RoleGrant: '../modules/users/role-grant.ts#RoleGrantRecord',
        },
        '../context.ts#IdentityContext',
        {
          Role: snakeCaseEnum('SUPER_ADMIN', 'ADMIN', 'SUPPORT_AGENT', 'KB_EDITOR', 'ANALYST', 'CUSTOMER'),
          UserType: snakeCaseEnum('STAFF', 'CUSTOMER'),
        },
      ),
    },
    'subgraphs/tickets/src/generated/resolvers.ts': {
      schema: 'schema/tickets/*.graphql',
      plugins: resolverPlugins,
      config: resolverConfig(
        {
          Ticket: '../modules/tickets/ticket.entity.ts#TicketEntity',
          TicketConnection: '../modules/tickets/ticket.service.ts#TicketPage',
          AuditEvent: '../modules/audit/audit.service.ts#AuditRecord',
          AuditEventConnection: '../modules/audit/audit.service.ts#AuditPage',
          TicketSearchConnection: '../modules/search/search.service.ts#SearchPage',
          MergeTicketsPayload: '../modules/relations/relations.service.ts#MergeResult',
          TicketEvent: '../modules/tickets/ticket-event.ts#TicketEventMessage',
          Message: '../modules/conversation/message.entity.ts#MessageEntity',
          MessageConnection: '../modules/conversation/message.service.ts#MessagePage',
          TicketMessageEvent: '../modules/conversation/message-subscription.ts#TicketMessageEventView',
          TicketCategory: '../modules/categories/category.service.ts#CategoryNode',
          TicketTag: '../modules/tags/tag.entity.ts#TagEntity',
          CannedResponse: '../modules/canned-responses/canned-response.entity.ts#CannedResponseEntity',
          CannedResponseConnection:
            '../modules/canned-responses/canned-response.service.ts#CannedResponsePage',
          RenderedCannedResponse:
            '../modules/canned-responses/canned-response.service.ts#RenderedCannedResponseView',
          TicketView: '../modules/views/ticket-view.entity.ts#TicketViewEntity',
          TicketViewFilter: '../modules/views/ticket-view.entity.ts#SavedTicketFilter',
          ImportTicketsPayload: '../modules/import/import.service.ts#ImportSummary',
          ImportLineResult: '../modules/import/import.service.ts#ImportLineOutcome',
          Notification: '../modules/notifications/notification.entity.ts#NotificationEntity',
          NotificationConnection: '../modules/notifications/notification.service.ts#NotificationPage',
          NotificationEvent: '../modules/notifications/notification-subscription.ts#NotificationEventView',
          TicketPresence: '../modules/presence/presence.service.ts#TicketPresenceView',
          TicketPresenceEntry: '../modules/presence/presence.service.ts#TicketPresenceEntryView',
        },
        '../context.ts#TicketsContext',
        {
          TicketStatus: snakeCaseEnum('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'),
          TicketPriority: snakeCaseEnum('LOW', 'MEDIUM', 'HIGH', 'URGENT'),
          TicketEventType: snakeCaseEnum('CREATED', 'UPDATED'),
          MessageVisibility: snakeCaseEnum('PUBLIC_REPLY', 'INTERNAL_NOTE'),
          ImportLineStatus: snakeCaseEnum('IMPORTED', 'SKIPPED', 'FAILED'),
          NotificationKind: snakeCaseEnum('MENTIONED', 'ASSIGNED', 'CUSTOMER_REPLIED'),
          TicketPresenceActivity: snakeCaseEnum('VIEWING', 'REPLYING'),
        },
      ),
    },
  },
};

export default config;
