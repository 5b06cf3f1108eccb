// A small Markdown subset for knowledge articles, rendered to HTML for the preview. Every piece of source text
// is escaped before any tag is added, and the result still goes through DOMPurify with a short allow-list, so
// neither raw HTML in the source nor a crafted link can run script in the console.
import DOMPurify from 'dompurify';

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Links may point to the web, to mail, or inside the help centre; everything else becomes plain text. */
const safeUrl = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

function renderInline(source: string): string {
  // Code spans first, parked behind placeholders so their content gets no further formatting.
  const codeSpans: string[] = [];
  // The placeholder is a private-use character, removed from the source first so the text cannot forge one.
  const parked = source.replace(/\uE000/g, '').replace(/`([^`]+)`/g, (_match, code: string) => {
    codeSpans.push(`<code>${escapeHtml(code)}</code>`);
    return `\uE000${codeSpans.length - 1}\uE000`;
  });
  return (
    escapeHtml(parked)
      // [text](url); the URL may hold one level of parentheses, e.g. a wiki link "…/Foo_(bar)".
      .replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g, (_match, text: string, url: string) => {
        const href = url.replace(/&amp;/g, '&');
        return safeUrl.test(href) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      })
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^\w*])[*_](?![\s*_])(.+?)(?<![\s*_])[*_](?![\w*])/g, '$1<em>$2</em>')
      .replace(/\uE000(\d+)\uE000/g, (_match, index: string) => codeSpans[Number(index)] ?? '')
  );
}

type BlockKind = 'p' | 'blockquote' | 'ul' | 'ol';

/** Markdown subset → HTML (not yet sanitized). Headings start at h2: the article title is the page's h1. */
export function markdownToHtml(markdown: string): string {
  const html: string[] = [];
  // The open block: paragraph and quote lines are joined, list items become <li>.
  let kind: BlockKind | null = null;
  let parts: string[] = [];
  const flush = () => {
    if (kind === 'ul' || kind === 'ol') {
      html.push(`<${kind}>${parts.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${kind}>`);
    } else if (kind === 'blockquote') {
      html.push(`<blockquote><p>${renderInline(parts.join(' '))}</p></blockquote>`);
    } else if (kind === 'p') {
      html.push(`<p>${renderInline(parts.join(' '))}</p>`);
    }
    kind = null;
    parts = [];
  };
  const append = (blockKind: BlockKind, text: string) => {
    if (kind !== blockKind) {
      flush();
      kind = blockKind;
    }
    parts.push(text);
  };
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^```/.test(line)) {
      flush();
      const code: string[] = [];
      for (index += 1; index < lines.length && !/^```/.test(lines[index] ?? ''); index += 1) {
        code.push(lines[index] ?? '');
      }
      html.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1]?.length ?? 1) + 1;
      html.push(`<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`);
    } else if (bullet) {
      append('ul', bullet[1] ?? '');
    } else if (numbered) {
      append('ol', numbered[1] ?? '');
    } else if (quote) {
      append('blockquote', quote[1] ?? '');
    } else if (line.trim() === '') {
      flush();
    } else {
      append('p', line.trim());
    }
  }
  flush();
  return html.join('\n');
}

const allowedTags = [
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  'a',
];

/** The preview's HTML: the Markdown subset rendered, then sanitized with DOMPurify's allow-list. */
export function renderArticlePreview(markdown: string): string {
  return DOMPurify.sanitize(markdownToHtml(markdown), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: safeUrl,
  });
}
