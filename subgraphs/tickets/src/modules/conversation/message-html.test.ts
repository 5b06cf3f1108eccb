import { describe, expect, it } from '@jest/globals';
import { inertHtml, LINK_REL, plainText, sanitizeBody } from './message-html.ts';
import { thrown } from '@lotse/kernel/testing/thrown';
import { BODY_MAX, cleanBody } from './message-input.ts';

const html = (input: string) => sanitizeBody(input).html;
const codeAndField = (run: () => unknown) => {
  const { code, field } = thrown(run).extensions;
  return `${String(code)} ${String(field)}`;
};
const ID = '6f9619ff-8b86-4011-b42d-00cf4fc964ff';
const OTHER = '0e3d2a4c-1b5f-4c6d-8e7f-9a0b1c2d3e4f';

describe('message HTML', () => {
  it('keeps the allowed formatting as it is', () => {
    const kept =
      '<h1>a</h1><h2>b</h2><h3>c</h3><p><strong>s</strong> <em>e</em> <u>u</u> <s>x</s> <code>c</code><br />n</p>' +
      '<ul><li>1</li></ul><ol><li>2</li></ol><blockquote>q</blockquote><pre>  p</pre>';
    expect(html(kept)).toBe(kept);
  });

  it('drops scripts, event handlers, styles, classes, frames and foreign markup', () => {
    expect(html('<p onclick="x()" style="color:red" class="c" id="i">t</p><script>alert(1)</script>')).toBe(
      '<p>t</p>',
    );
    expect(html('<img src=x onerror=alert(1)>t')).toBe('t');
    expect(html('<iframe src="https://x"></iframe><object data="x"></object><embed src="x">t')).toBe('t');
    expect(html('<svg><style><img src=x onerror=alert(1)></style></svg>t')).toBe('t');
    expect(html('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>')).toBe('');
    expect(html('<noscript><p title="</noscript><img src=x onerror=alert(1)>">')).toBe('');
    expect(html('<template><img src=x onerror=alert(1)></template>t')).toBe('t');
    expect(html('<<script>script>alert(1)<</script>/script>')).toBe('&lt;/script&gt;');
  });

  it('keeps only absolute http, https and mailto links, each with rel', () => {
    const link = (href: string) => html(`<a href="${href}" target="_blank" rel="opener" onclick="x()">l</a>`);
    expect(link('https://example.com/a?b=1&c=2')).toBe(
      `<a href="https://example.com/a?b=1&amp;c=2" rel="${LINK_REL}">l</a>`,
    );
    expect(link('HTTP://EXAMPLE.COM')).toBe(`<a href="http://example.com/" rel="${LINK_REL}">l</a>`);
    expect(link('mailto:help@example.com')).toBe(`<a href="mailto:help@example.com" rel="${LINK_REL}">l</a>`);
    for (const href of [
      'javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'java&#x09;script:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/',
      '/relative',
      '',
    ]) {
      expect(link(href)).toBe('l');
    }
  });

  it('closes what was left open and escapes stray markup', () => {
    expect(html('<p><strong>a <em>b</p><ul><li>c<li>d</ul><blockquote>e')).toBe(
      '<p><strong>a <em>b</em></strong></p><ul><li>c</li><li>d</li></ul><blockquote>e</blockquote>',
    );
    expect(html('1 < 2 & 3 > 2')).toBe('1 &lt; 2 &amp; 3 &gt; 2');
  });

  it('keeps mentions of user ids, lower-cased, and lets the caller drop some', () => {
    const input =
      `<span data-type="mention" data-id="${ID.toUpperCase()}" class="x">@a</span> ` +
      `<span data-type="mention" data-id="${OTHER}">@b</span> <span data-type="mention" data-id="x">@c</span> ` +
      `<span data-type="other" data-id="${ID}">@d</span> <span>e</span>`;
    expect(sanitizeBody(input)).toEqual({
      html: `<span data-type="mention" data-id="${ID}">@a</span> <span data-type="mention" data-id="${OTHER}">@b</span> @c @d e`,
      mentionIds: [ID, OTHER],
    });
    expect(sanitizeBody(input, (id) => id === OTHER)).toEqual({
      html: `@a <span data-type="mention" data-id="${OTHER}">@b</span> @c @d e`,
      mentionIds: [OTHER],
    });
  });

  it('changes nothing when sanitizing its own output again', () => {
    const stored = html(
      `<p>a <a href="https://x.example/">l</a> <span data-type="mention" data-id="${ID}">@m</span> &lt;b&gt;</p>`,
    );
    expect(inertHtml(stored)).toBe(stored);
  });
});

describe('plain text', () => {
  it('puts blocks and list items on their own lines and decodes entities once', () => {
    expect(
      plainText(
        html('<h1>T</h1><p>a<br>b</p><ul><li>x</li><li>y</li></ul><p>1 &lt; 2 &amp;lt; &quot;3&quot;</p>'),
      ),
    ).toBe('T\n\na\nb\n\n- x\n- y\n\n1 < 2 &lt; "3"');
  });
});

describe('message bodies', () => {
  it('refuses empty bodies and bodies over the limit, as sent or as stored', () => {
    expect(codeAndField(() => cleanBody(''))).toBe('BAD_USER_INPUT body');
    expect(codeAndField(() => cleanBody('<p> </p><br><script>x</script>'))).toBe('BAD_USER_INPUT body');
    expect(codeAndField(() => cleanBody('x'.repeat(BODY_MAX + 1)))).toBe('BAD_USER_INPUT body');
    expect(codeAndField(() => cleanBody('&'.repeat(BODY_MAX)))).toBe('BAD_USER_INPUT body');
    expect(cleanBody('x'.repeat(BODY_MAX)).text).toHaveLength(BODY_MAX);
  });
});
