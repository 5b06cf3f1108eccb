import { defineEvent } from '@lotse/kernel/events/contract';

/** The canned-responses module's domain events, recorded on the response (aggregate `CannedResponse`). */
export interface CannedResponseSnapshot {
  title: string;
  bodyHtml: string;
  shortcut: string | null;
  categoryId: string | null;
  /** ISO 8601 once deleted; null before. */
  deletedAt: string | null;
}

/** One use: which ticket it was rendered for, and the usage count afterwards. */
export interface CannedResponseUse {
  ticketId: string;
  usageCount: number;
}

export const cannedResponseCreated = defineEvent<CannedResponseSnapshot>('canned_response.created');
export const cannedResponseUpdated = defineEvent<CannedResponseSnapshot>('canned_response.updated');
export const cannedResponseDeleted = defineEvent<CannedResponseSnapshot>('canned_response.deleted');
export const cannedResponseUsed = defineEvent<CannedResponseUse>('canned_response.used');
