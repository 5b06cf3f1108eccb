import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { nextActiveIndex } from './list-keys.ts';

export interface OptionListState {
  listId: string;
  /** The option the arrow keys reached, -1 for none. */
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  optionId: (index: number) => string;
  /** Moves the active option on ↑/↓ and returns true; any other key returns false and is left alone. */
  moveOnKey: (event: KeyboardEvent) => boolean;
  /** The ARIA attributes of the text field that owns the list (focus stays in the field). */
  comboboxProps: (expanded: boolean) => {
    role: 'combobox';
    'aria-autocomplete': 'list';
    'aria-expanded': boolean;
    'aria-controls': string | undefined;
    'aria-activedescendant': string | undefined;
  };
}

/** Active-option state of a combobox's listbox of `count` options; the caller resets it when the options change. */
export function useOptionList(count: number, initialIndex = -1): OptionListState {
  const listId = useId();
  const [index, setActiveIndex] = useState(initialIndex);
  const activeIndex = index < count ? index : -1;
  const optionId = (position: number) => `${listId}-option-${position}`;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  return {
    listId,
    activeIndex,
    setActiveIndex,
    optionId,
    moveOnKey: (event) => {
      const next = nextActiveIndex(event.key, activeIndex, count);
      if (next === undefined) return false;
      event.preventDefault();
      setActiveIndex(next);
      return true;
    },
    comboboxProps: (expanded) => ({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': expanded ? listId : undefined,
      'aria-activedescendant': expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined,
    }),
  };
}
