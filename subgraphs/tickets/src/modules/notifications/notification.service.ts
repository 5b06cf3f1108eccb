import { badInput } from '@lotse/kernel/errors';
import {
  afterKeyset,
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
} from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { notificationsRead } from './notification-events.ts';
import { NotificationSchema, type NotificationEntity } from './notification.entity.ts';
import { readableNotifications, recipientOf } from './notifications-access.ts';

export type NotificationPage = Connection<NotificationEntity>;

export const MARK_IDS_MAX = 100;

/** The caller's notifications, newest first, keyset-paginated; optionally only the unread ones. */
export async function listNotifications(
  context: SubgraphContext,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<NotificationPage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const scope = readableNotifications(context);
  if (scope.kind === 'none') return toConnection<NotificationEntity>([], size, async () => 0);
  const where = { $and: [scope.where, args.unreadOnly ? { readAt: null } : {}] };
  const rows = await context.em.find(
    NotificationSchema,
    after ? { $and: [where, afterKeyset(after)] } : where,
    {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
    },
  );
  return toConnection(rows, size, () => context.em.count(NotificationSchema, where));
}

export async function unreadNotificationCount(context: SubgraphContext): Promise<number> {
  const scope = readableNotifications(context);
  if (scope.kind === 'none') return 0;
  return context.em.count(NotificationSchema, { $and: [scope.where, { readAt: null }] });
}

/** One of the caller's notifications, or null (same answer as a missing id). */
export async function findNotification(
  context: SubgraphContext,
  id: string,
): Promise<NotificationEntity | null> {
  const scope = readableNotifications(context);
  if (scope.kind === 'none' || !isUuid(id)) return null;
  return context.em.findOne(NotificationSchema, { $and: [{ id }, scope.where] });
}

/**
 * Marks the caller's notifications read — the listed ones, or all — and records `notifications.read`
 * on their inbox (so the caller's other devices can follow). Returns the unread count afterwards.
 * Ids that are not the caller's, or already read, change nothing.
 */
export async function markNotificationsRead(
  context: SubgraphContext,
  args: { ids?: readonly string[] | null; all?: boolean | null },
): Promise<number> {
  const me = recipientOf(context);
  const all = args.all === true;
  const ids = [...new Set(args.ids ?? [])];
  if (all === ids.length > 0) throw badInput('Pass either ids or all: true.', all ? 'all' : 'ids');
  if (ids.length > MARK_IDS_MAX) throw badInput(`At most ${MARK_IDS_MAX} ids at once.`, 'ids');
  if (ids.some((id) => !isUuid(id))) throw badInput('ids holds an invalid id.', 'ids');
  if (!me) return 0;
  await context.em.transactional(async (tx) => {
    const marked = await tx.nativeUpdate(
      NotificationSchema,
      { recipientId: me, readAt: null, ...(all ? {} : { id: { $in: ids } }) },
      { readAt: new Date() },
    );
    if (marked > 0)
      await notificationsRead.record(tx, context.internal, {
        aggregateType: 'NotificationInbox',
        aggregateId: me,
        entity: null,
        after: { all, notificationIds: all ? [] : ids, count: marked },
      });
  });
  return unreadNotificationCount({ ...context, em: context.em.fork() });
}
