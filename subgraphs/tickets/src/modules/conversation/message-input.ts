import { badInput } from '@lotse/kernel/errors';
import { plainText, sanitizeBody, type SanitizedBody } from './message-html.ts';

/** The size limit of a message body; the database enforces the same bound on what is stored. */
export const BODY_MAX = 100_000;

export interface CleanBody extends SanitizedBody {
  /** The plain-text rendering (message-html.ts `plainText`). */
  text: string;
}

/**
 * A body as it will be stored: sanitized, at most BODY_MAX characters as sent and as stored, and not
 * empty once sanitized (a body of only `<script>…</script>` or `<p></p>` says nothing).
 * `keepMention` decides which mentions stay mentions (see sanitizeBody).
 */
export function cleanBody(body: string, keepMention?: (userId: string) => boolean): CleanBody {
  if (body.length > BODY_MAX) throw badInput(`body must be at most ${BODY_MAX} characters.`, 'body');
  const sanitized = sanitizeBody(body, keepMention);
  if (sanitized.html.length > BODY_MAX)
    throw badInput(`body must be at most ${BODY_MAX} characters once sanitized.`, 'body');
  const text = plainText(sanitized.html);
  if (!text) throw badInput('body is empty once unsafe or unsupported HTML is removed.', 'body');
  return { ...sanitized, text };
}
