// Toolbar and shortcut actions on the Markdown source: pure functions from (text, selection) to the new text and
// selection, so the editor's behaviour is tested without a browser.

export const formatActions = [
  'bold',
  'italic',
  'heading',
  'bulletList',
  'numberedList',
  'quote',
  'code',
  'link',
] as const;
export type FormatAction = (typeof formatActions)[number];

export interface TextEdit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

const wrapMarkers: Partial<Record<FormatAction, string>> = { bold: '**', italic: '_', code: '`' };
const linePrefixes: Partial<Record<FormatAction, (lineIndex: number) => string>> = {
  heading: () => '## ',
  bulletList: () => '- ',
  numberedList: (lineIndex) => `${lineIndex + 1}. `,
  quote: () => '> ',
};

/** Applies `action` to the selection [start, end) of `value`. `linkText` fills an empty link. */
export function applyFormat(
  action: FormatAction,
  value: string,
  start: number,
  end: number,
  linkText = 'link',
): TextEdit {
  const selected = value.slice(start, end);
  const before = value.slice(0, start);
  const after = value.slice(end);
  const marker = wrapMarkers[action];
  if (marker) {
    return {
      value: `${before}${marker}${selected}${marker}${after}`,
      selectionStart: start + marker.length,
      selectionEnd: end + marker.length,
    };
  }
  const prefix = linePrefixes[action];
  if (prefix) {
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const lines = value.slice(lineStart, end).split('\n');
    const prefixed = lines.map((line, index) => `${prefix(index)}${line}`).join('\n');
    const added = prefixed.length - (end - lineStart);
    return {
      value: `${value.slice(0, lineStart)}${prefixed}${after}`,
      selectionStart: start + prefix(0).length,
      selectionEnd: end + added,
    };
  }
  // link: [text](https://) with the URL selected, ready to be typed over
  const text = selected || linkText;
  const url = 'https://';
  const urlStart = start + text.length + 3;
  return {
    value: `${before}[${text}](${url})${after}`,
    selectionStart: urlStart,
    selectionEnd: urlStart + url.length,
  };
}
