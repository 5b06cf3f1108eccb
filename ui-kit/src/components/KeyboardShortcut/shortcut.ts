// One notation for shortcuts across the kit: keys joined by "+", lower case, e.g. "mod+k", "shift+enter", "?".
// "mod" is ⌘ on Apple platforms and Ctrl elsewhere, so one definition serves the hint and the key handler.

export type Platform = 'mac' | 'other';

const modifierKeys = ['mod', 'ctrl', 'meta', 'alt', 'shift'] as const;
type Modifier = (typeof modifierKeys)[number];

export function currentPlatform(): Platform {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 'mac' : 'other';
}

export function shortcutKeys(shortcut: string): string[] {
  return shortcut.split('+').map((key) => key.trim().toLowerCase());
}

const isModifier = (key: string): key is Modifier => (modifierKeys as readonly string[]).includes(key);

/** True when a keydown event is exactly this shortcut (no extra modifiers). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string, platform: Platform): boolean {
  const keys = shortcutKeys(shortcut);
  const wanted = new Set(
    keys.filter(isModifier).map((key) => (key === 'mod' ? (platform === 'mac' ? 'meta' : 'ctrl') : key)),
  );
  const mainKey = keys.find((key) => !isModifier(key));
  return (
    event.ctrlKey === wanted.has('ctrl') &&
    event.metaKey === wanted.has('meta') &&
    event.altKey === wanted.has('alt') &&
    (event.shiftKey === wanted.has('shift') || mainKey === '?') &&
    event.key.toLowerCase() === mainKey
  );
}
