import { defineEvent } from '@lotse/kernel/events/contract';

/**
 * The notifications module's event: a recipient got a new notification. Recorded by the
 * notifications consumer on the recipient's inbox (aggregate `NotificationInbox`, id = the
 * recipient's user id), so a live subscription knows from the published envelope alone whether the
 * event is for its subscriber; the payload names the notification and its ticket, never content.
 */
export interface NotificationAddedPayload {
  notificationId: string;
  ticketId: string;
}

export const notificationAdded = defineEvent<NotificationAddedPayload>('notification.added');

/** The recipient marked notifications read: the listed ids, or all of them (`all`, ids empty). */
export interface NotificationsReadPayload {
  all: boolean;
  notificationIds: string[];
  count: number;
}

export const notificationsRead = defineEvent<NotificationsReadPayload>('notifications.read');
