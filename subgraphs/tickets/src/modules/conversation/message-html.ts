import sanitizeHtml from 'sanitize-html';
import { isUuid } from '@lotse/kernel/graphql/pagination';

/**
 * The rich text of messages: what HTML is kept (an explicit allow-list, nothing else), how mentions
 * are found, and the plain-text rendering for notifications and search. Pure functions; the
 * sanitizer runs when a message is written and again on every read, so the HTML a client receives is
 * inert even if a row was written by an older or buggier path.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'span',
] as const;

export const LINK_REL = 'noopener noreferrer nofollow';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Elements whose content is not text a person wrote (scripts, styles, embedded documents, foreign
 * markup such as SVG and MathML, raw-text elements): when they are dropped, their content goes too.
 */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'xmp',
  'plaintext',
  'listing',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'template',
  'title',
  'head',
  'svg',
  'math',
];

/** The link's target when it is an absolute http, https or mailto URL; null otherwise. */
function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    // The parser has already decoded entities (`javascript&colon;`); URL drops tabs and newlines
    // (`java\tscript:`) exactly as browsers do, so the protocol checked is the one a browser would use.
    const url = new URL(href);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative or malformed
  }
}

const MENTION = 'mention';

function options(
  keepMention: (userId: string) => boolean,
  seen?: (userId: string) => void,
): sanitizeHtml.IOptions {
  return {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: {
      a: ['href', 'rel'],
      span: [{ name: 'data-type', multiple: false, values: [MENTION] }, 'data-id'],
    },
    allowedClasses: {},
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    selfClosing: ['br'],
    enforceHtmlBoundary: false,
    // Every kept link and mention gets exactly the attributes set here; anything else a client sent
    // on them is gone. A link without a safe target, or a span that is not a kept mention, loses its
    // tag and keeps its text (exclusiveFilter below).
    transformTags: {
      a: (_tag, attribs): sanitizeHtml.Tag => {
        const href = safeHref(attribs.href);
        return { tagName: 'a', attribs: href ? { href, rel: LINK_REL } : {} };
      },
      span: (_tag, attribs): sanitizeHtml.Tag => {
        const userId = attribs['data-id']?.toLowerCase();
        if (attribs['data-type'] !== MENTION || !userId || !isUuid(userId) || !keepMention(userId)) {
          return { tagName: 'span', attribs: {} };
        }
        seen?.(userId);
        return { tagName: 'span', attribs: { 'data-type': MENTION, 'data-id': userId } };
      },
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'a' && !frame.attribs.href) || (frame.tag === 'span' && !frame.attribs['data-id'])
        ? 'excludeTag'
        : false,
  };
}

export interface SanitizedBody {
  html: string;
  /** Distinct user ids of the mentions kept, in order of appearance. */
  mentionIds: string[];
}

/**
 * Sanitizes a message body. `keepMention` decides which mentions stay mentions; the others become
 * plain text (their label stays, the link to the user goes).
 */
export function sanitizeBody(
  html: string,
  keepMention: (userId: string) => boolean = () => true,
): SanitizedBody {
  const mentionIds = new Set<string>();
  const clean = sanitizeHtml(
    html,
    options(keepMention, (id) => mentionIds.add(id)),
  );
  return { html: clean, mentionIds: [...mentionIds] };
}

/** Stored HTML as it is returned to clients: sanitized again, with the same allow-list. */
export const inertHtml = (html: string) =>
  sanitizeHtml(
    html,
    options(() => true),
  );

const BLOCK = 'p|h1|h2|h3|blockquote|pre|ul|ol|li';
const blockBoundary = new RegExp(`</?(?:${BLOCK})>`, 'g');
const entity = /&(#\d{1,7}|#x[0-9a-f]{1,6}|lt|gt|quot|apos|amp|nbsp);/gi;
const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ' };

function decodeEntity(_match: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x')
      ? Number.parseInt(lower.slice(2), 16)
      : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\uFFFD';
  }
  return named[lower] ?? '';
}

/**
 * The plain-text rendering of sanitized HTML: one line per paragraph, heading or list item, `- ` before
 * list items, line breaks kept, entities decoded. It is text, not HTML: whoever puts it into HTML
 * must escape it (it may contain `<` that a person typed).
 *
 * Works only on this module's sanitizer output, where every `<` and `>` outside a tag is escaped.
 */
export function plainText(sanitizedHtml: string): string {
  const text = sanitizedHtml
    .replace(/<br \/>/g, '\n')
    .replace(/<\/li>/g, '')
    .replace(/<li>/g, '\n- ')
    .replace(blockBoundary, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(entity, decodeEntity);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
