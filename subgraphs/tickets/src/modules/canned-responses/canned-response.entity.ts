import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A canned response: a reply staff insert into a message, of one entity and optionally of one
 * category. `bodyHtml` is stored sanitized (the conversation's allow-list) and may hold placeholders
 * such as `{{ticket.number}}`; `bodyText` is its plain text. The table also has a generated
 * `search_vector` (Migration20261205030000_taxonomy), read only in SQL.
 */
export const CannedResponseSchema = defineEntity({
  name: 'CannedResponse',
  tableName: 'canned_response',
  properties: {
    id: p.uuid().primary(),
    entity: p.string(),
    categoryId: p.uuid().nullable(),
    title: p.string(),
    bodyHtml: p.text(),
    bodyText: p.text(),
    shortcut: p.string().nullable(),
    usageCount: p.integer().default(0),
    createdById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type CannedResponseEntity = InferEntity<typeof CannedResponseSchema>;
