import { createContext, useContext } from 'react';

export type ColorMode = 'light' | 'dark';

export interface ColorModeState {
  colorMode: ColorMode;
  setColorMode: (mode: ColorMode) => void;
  toggleColorMode: () => void;
}

export const ColorModeContext = createContext<ColorModeState | null>(null);

export function useColorMode(): ColorModeState {
  const state = useContext(ColorModeContext);
  if (!state) throw new Error('useColorMode must be used inside <LotseProvider>');
  return state;
}

/**
 * Chakra resolves `_dark` tokens from a `.dark` class on an ancestor. We put it on <html>, not on a wrapper,
 * because dialogs, menus and toasts render in portals at the end of <body>.
 */
export function applyColorMode(root: HTMLElement, mode: ColorMode): void {
  root.classList.toggle('dark', mode === 'dark');
  root.classList.toggle('light', mode === 'light');
  root.style.colorScheme = mode;
}

export function preferredColorMode(): ColorMode {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
