// The rules and refusals of file-rules.ts in the agent's words: sizes localized with the kit's formatFileSize,
// allowed types as people know them (extensions in capitals, "images" for image/*).
import type { TFunction } from 'i18next';
import { formatFileSize } from '../MessageThread/MessageThread.tsx';
import type { FileRefusal, FileRules } from './file-rules.ts';

const typeGroups = ['image', 'audio', 'video', 'text'] as const;
type TypeGroup = (typeof typeGroups)[number];
const isTypeGroup = (group: string): group is TypeGroup => (typeGroups as readonly string[]).includes(group);

/** "images, PDF and TXT" for `['image/*', '.pdf', '.txt']`; exact MIME types are shown as they are. */
export function describeAccept(accept: readonly string[], t: TFunction, intlLocale: string): string {
  const names = accept.map((entry) => {
    if (entry.startsWith('.')) return entry.slice(1).toUpperCase();
    const group = entry.endsWith('/*') ? entry.slice(0, -2) : '';
    return isTypeGroup(group) ? t(`fileUpload.typeGroups.${group}`) : entry;
  });
  return listOf([...new Set(names)], intlLocale);
}

/** "Up to 10 MB per file · 25 MB in total · At most 5 files · Allowed: images, PDF", or '' without rules. */
export function describeRules(rules: FileRules, t: TFunction, intlLocale: string): string {
  const size = (bytes: number) => formatFileSize(bytes, intlLocale);
  return [
    rules.maxFileSize !== undefined && t('fileUpload.limits.perFile', { size: size(rules.maxFileSize) }),
    rules.maxTotalSize !== undefined && t('fileUpload.limits.total', { size: size(rules.maxTotalSize) }),
    rules.maxFiles !== undefined && t('fileUpload.limits.count', { count: rules.maxFiles }),
    rules.accept?.length &&
      t('fileUpload.limits.types', { types: describeAccept(rules.accept, t, intlLocale) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Why a file was not added, naming the file and the limit it broke. */
export function describeRefusal(refusal: FileRefusal, t: TFunction, intlLocale: string): string {
  const { name } = refusal;
  switch (refusal.reason) {
    case 'wrongType':
      return t('fileUpload.refused.wrongType', {
        name,
        types: describeAccept(refusal.accept, t, intlLocale),
      });
    case 'tooLarge':
      return t('fileUpload.refused.tooLarge', {
        name,
        size: formatFileSize(refusal.size, intlLocale),
        limit: formatFileSize(refusal.limit, intlLocale),
      });
    case 'tooMany':
      return t('fileUpload.refused.tooMany', { name, count: refusal.limit });
    case 'totalTooLarge':
      return t('fileUpload.refused.totalTooLarge', {
        name,
        limit: formatFileSize(refusal.limit, intlLocale),
      });
  }
}

/** "„a.pdf“ und „b.png“" in the UI language. */
export function quotedList(names: readonly string[], t: TFunction, intlLocale: string): string {
  return listOf(
    names.map((name) => t('fileUpload.quoted', { name })),
    intlLocale,
  );
}

const listOf = (items: readonly string[], intlLocale: string) =>
  new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(items);
