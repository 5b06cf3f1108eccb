import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Keeps keyboard focus in place when a chip's remove button removes its own chip: focus moves to the chip that
 * took its place (or the new last one), and to `fallback()` when none is left, instead of falling back to the page.
 * Call the returned function with the removed chip's position, before asking the owner of the value to change it.
 */
export function useFocusAfterRemoval(
  list: RefObject<HTMLElement | null>,
  fallback: () => HTMLElement | null | undefined,
): (removedIndex: number) => void {
  const pending = useRef<number | null>(null);
  // After every render: the value is controlled, so the chip is gone only once the owner has rendered us again.
  useLayoutEffect(() => {
    const index = pending.current;
    if (index === null) return;
    pending.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('li button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? fallback())?.focus();
  });
  return (removedIndex) => {
    pending.current = removedIndex;
  };
}
