import { catchUpIterator } from '@lotse/kernel/events/catch-up-iterator';
import type { EventStream } from '@lotse/kernel/events/event-stream';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import { forbidden } from '@lotse/kernel/errors';
import { notificationAdded } from './notification-events.ts';
import { NotificationSchema, type NotificationEntity } from './notification.entity.ts';
import { readableNotifications, recipientOf } from './notifications-access.ts';

/** What a `notificationAdded` subscriber receives. */
export interface NotificationEventView {
  notification: NotificationEntity;
}

const BATCH = 50;

/**
 * The caller's new notifications from now on, oldest first. The published `notification.added`
 * envelope names the recipient (aggregate id), so other users' events are ignored without a query;
 * on each of the subscriber's own, the notifications after the last one delivered are read through
 * the same scope as the list — a notification about a ticket the subscriber may no longer read is
 * never sent.
 */
export async function notificationsAdded(
  stream: EventStream,
  context: SubgraphContext,
): Promise<AsyncIterableIterator<{ notificationAdded: NotificationEventView }>> {
  const me = recipientOf(context);
  if (!me) throw forbidden('Sign in to receive notifications.');
  const fresh = () => context.em.fork();
  const scopeNow = () => readableNotifications(context);
  const initial = scopeNow();
  // The newest notification at subscribe time (of any ticket): everything after it is new.
  const mark = await fresh().findOne(
    NotificationSchema,
    { recipientId: me },
    { orderBy: { createdAt: 'desc', id: 'desc' }, fields: ['id', 'createdAt'] },
  );
  let last: { createdAt: Date; id: string } | null = mark ? { createdAt: mark.createdAt, id: mark.id } : null;
  const readNew = async () => {
    const scope = scopeNow();
    if (scope.kind === 'none') return [];
    const after = last
      ? {
          $or: [{ createdAt: { $gt: last.createdAt } }, { createdAt: last.createdAt, id: { $gt: last.id } }],
        }
      : {};
    const added = await fresh().find(
      NotificationSchema,
      { $and: [scope.where, after] },
      {
        orderBy: { createdAt: 'asc', id: 'asc' },
        limit: BATCH,
      },
    );
    const newest = added.at(-1);
    if (newest) last = { createdAt: newest.createdAt, id: newest.id };
    return added;
  };

  return catchUpIterator({
    stream,
    matches: (event) => event.type === notificationAdded.type && event.aggregateId === me,
    readNew,
    batchSize: BATCH,
    toValue: (notification) => ({ notificationAdded: { notification } }),
    lookFirst: initial.kind !== 'none',
  });
}
