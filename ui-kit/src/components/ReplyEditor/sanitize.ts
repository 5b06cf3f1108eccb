import DOMPurify from 'dompurify';

// What a reply may contain: the formatting the editor offers and links. Everything else — scripts, images, event
// handler attributes, styles, iframes, forms — is removed, and a link survives only with an http, https or mailto
// address, so `javascript:` and `data:` URLs never reach an agent's or customer's browser.
const allowedTags = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  's',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'span',
];
const allowedAttributes = ['href', 'data-type', 'data-id', 'data-label', 'class'];
export const allowedUrl = /^(?:https?:|mailto:)/i;

/** Cleans HTML that comes from outside the editor (paste, canned responses) or leaves it (submit). */
export function sanitizeReplyHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedUrl,
    KEEP_CONTENT: true,
  });
  return clean;
}

/** True for addresses a link may point to. */
export function isAllowedLink(url: string): boolean {
  return allowedUrl.test(url.trim());
}
