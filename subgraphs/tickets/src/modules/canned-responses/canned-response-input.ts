import { badInput } from '@lotse/kernel/errors';
import { plainText, sanitizeBody } from '../conversation/message-html.ts';

/**
 * What callers send for a canned response, and how placeholders are found and filled. Pure rules;
 * the database enforces the same bounds as a last line of defence. The body is sanitized with the
 * conversation's allow-list (message-html.ts), without mentions, so a rendered response is exactly
 * what a reply may hold.
 */
export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const SEARCH_MAX = 100;

/** The placeholders a body may use. The first two the tickets subgraph fills; the names the caller does. */
export const PLACEHOLDERS = ['ticket.number', 'ticket.title', 'customer.name', 'agent.name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export const CALLER_FILLS: readonly Placeholder[] = ['customer.name', 'agent.name'];

const PLACEHOLDER = /\{\{([^{}]{0,100})\}\}/g;
const SHORTCUT = /^\/[a-z0-9][a-z0-9_-]{0,29}$/;

export function cleanCannedTitle(raw: string): string {
  const title = raw.trim();
  if (title.length < 1 || title.length > TITLE_MAX)
    throw badInput(`title must be 1–${TITLE_MAX} characters.`, 'title');
  return title;
}

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholders used in a text, each once, in order of first use; unknown ones are not listed. */
export function placeholdersIn(text: string): Placeholder[] {
  const found = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!.trim());
  return [...new Set(found.filter(isPlaceholder))];
}

export interface CleanCannedBody {
  html: string;
  text: string;
}

/** A body as stored: sanitized, 1–20,000 characters before and after, only known placeholders. */
export function cleanCannedBody(raw: string): CleanCannedBody {
  if (raw.length > BODY_MAX) throw badInput(`body must be at most ${BODY_MAX} characters.`, 'body');
  const { html } = sanitizeBody(raw, () => false);
  const text = plainText(html);
  if (!text) throw badInput('body is empty once unsafe or unsupported HTML is removed.', 'body');
  if (html.length > BODY_MAX)
    throw badInput(`body must be at most ${BODY_MAX} characters once sanitized.`, 'body');
  const unknown = [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[1]!.trim())
    .find((name) => !isPlaceholder(name));
  if (unknown !== undefined)
    throw badInput(
      `Unknown placeholder {{${unknown}}}; use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      'body',
    );
  return { html, text };
}

/** A shortcut as stored: lowercase, with its leading `/`; null stays null (no shortcut). */
export function cleanShortcut(raw: string | null): string | null {
  if (raw === null) return null;
  const trimmed = raw.trim().toLowerCase();
  const shortcut = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (!SHORTCUT.test(shortcut))
    throw badInput('shortcut must be "/" and 1–30 lowercase letters, digits, "-" and "_".', 'shortcut');
  return shortcut;
}

export function cleanSearch(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  if (raw.length > SEARCH_MAX) throw badInput(`search must be at most ${SEARCH_MAX} characters.`, 'search');
  return raw.trim() || null;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The text with the given placeholders filled (`html`: the values HTML-escaped); others stay as they
 * are. Returns the text and the placeholders it still holds.
 */
export function fillPlaceholders(
  text: string,
  values: Partial<Record<Placeholder, string>>,
  html: boolean,
): { text: string; unfilled: Placeholder[] } {
  const filled = text.replace(PLACEHOLDER, (match, inner: string) => {
    const name = inner.trim();
    const value = isPlaceholder(name) ? values[name] : undefined;
    return value === undefined ? match : html ? escapeHtml(value) : value;
  });
  return { text: filled, unfilled: placeholdersIn(filled) };
}
