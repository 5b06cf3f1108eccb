import { outlineIcon } from './outline-icon.tsx';

// The kit's general icons (drawn as outline-icon.tsx describes).

export const SunIcon = outlineIcon('SunIcon', [
  'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  'M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
]);
export const MoonIcon = outlineIcon('MoonIcon', ['M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z']);
export const SearchIcon = outlineIcon('SearchIcon', [
  'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14z',
  'M21 21l-4.3-4.3',
]);
export const InboxIcon = outlineIcon('InboxIcon', [
  'M22 12h-6l-2 3h-4l-2-3H2',
  'M5.5 5.1 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.5-6.9A2 2 0 0 0 16.8 4H7.2a2 2 0 0 0-1.7 1.1z',
]);
export const AlertIcon = outlineIcon('AlertIcon', [
  'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  'M12 9v4M12 17h.01',
]);
export const ClockIcon = outlineIcon('ClockIcon', [
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z',
  'M12 6v6l4 2',
]);
export const PauseIcon = outlineIcon('PauseIcon', ['M10 4H6v16h4zM18 4h-4v16h4z']);
export const CheckIcon = outlineIcon('CheckIcon', ['M20 6 9 17l-5-5']);
// Shell and analytics (mobile navigation, change direction).
export const MenuIcon = outlineIcon('MenuIcon', ['M4 6h16M4 12h16M4 18h16']);
export const TrendUpIcon = outlineIcon('TrendUpIcon', ['M3 17l6-6 4 4 8-8', 'M15 7h6v6']);
export const TrendDownIcon = outlineIcon('TrendDownIcon', ['M3 7l6 6 4-4 8 8', 'M15 17h6v-6']);
export const TrendFlatIcon = outlineIcon('TrendFlatIcon', ['M3 12h18', 'M17 8l4 4-4 4']);
