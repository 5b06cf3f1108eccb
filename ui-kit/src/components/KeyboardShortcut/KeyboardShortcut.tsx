import { HStack, Kbd, VisuallyHidden } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { currentPlatform, shortcutKeys } from './shortcut.ts';
import type { Platform } from './shortcut.ts';

export interface KeyboardShortcutProps {
  /** The shortcut in the kit's notation, e.g. "mod+k" or "shift+enter". */
  shortcut: string;
  /** Detected from the browser; set it only to show another platform's keys (stories, docs). */
  platform?: Platform;
}

const macSymbols: Record<string, string> = { mod: '⌘', meta: '⌘', ctrl: '⌃', alt: '⌥', shift: '⇧' };
const translatedKeys = ['ctrl', 'alt', 'shift', 'enter', 'escape'] as const;
type TranslatedKey = (typeof translatedKeys)[number];
const isTranslated = (key: string): key is TranslatedKey =>
  (translatedKeys as readonly string[]).includes(key);

/**
 * Shows a shortcut the way the agent's keyboard labels it: "Strg K" on a German PC, "⌘ K" on a Mac. Screen
 * readers hear "Keyboard shortcut: Ctrl+K" instead of the key caps.
 */
export function KeyboardShortcut({ shortcut, platform = currentPlatform() }: KeyboardShortcutProps) {
  const { t } = useTranslation();
  const label = (key: string): string => {
    if (platform === 'mac' && macSymbols[key]) return macSymbols[key];
    const pcKey = key === 'mod' || key === 'meta' ? 'ctrl' : key;
    return isTranslated(pcKey) ? t(`keys.${pcKey}`) : pcKey.toUpperCase();
  };
  const labels = shortcutKeys(shortcut).map(label);
  return (
    <HStack as="span" display="inline-flex" gap="1">
      <HStack as="span" display="inline-flex" gap="0.5" aria-hidden>
        {labels.map((key) => (
          <Kbd key={key}>{key}</Kbd>
        ))}
      </HStack>
      <VisuallyHidden>{t('keys.label', { keys: labels.join('+') })}</VisuallyHidden>
    </HStack>
  );
}
