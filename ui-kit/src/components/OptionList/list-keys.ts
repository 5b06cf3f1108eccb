/**
 * The option the arrow keys move to in a combobox's list, wrapping at both ends; `undefined` for any other key, so
 * Home, End and the letters keep editing the text field. From no active option (-1), ↓ reaches the first, ↑ the last.
 */
export function nextActiveIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return current >= count - 1 ? 0 : current + 1;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  return undefined;
}
