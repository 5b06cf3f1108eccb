import { OutlineIcon } from '../../icons/outline-icon.tsx';
import type { FormatAction } from './formatting.ts';

// Toolbar pictograms, drawn like the kit's icons (see icons/outline-icon.tsx). They are decorative: each
// button's name is its translated label. Text glyphs ("1.", "B") would count as visible text that the name
// must contain (axe: label-content-name-mismatch).
const paths: Record<FormatAction, readonly string[]> = {
  bold: ['M7 5h6a3.5 3.5 0 0 1 0 7H7z', 'M7 12h7a3.5 3.5 0 0 1 0 7H7z'],
  italic: ['M11 5h7', 'M6 19h7', 'M14.5 5 9.5 19'],
  heading: ['M6 5v14', 'M18 5v14', 'M6 12h12'],
  bulletList: ['M9 6h11', 'M9 12h11', 'M9 18h11', 'M4.5 6h.01', 'M4.5 12h.01', 'M4.5 18h.01'],
  numberedList: [
    'M10 6h10',
    'M10 12h10',
    'M10 18h10',
    'M4 5l1.5-1v5',
    'M3.5 15.5a1.5 1.5 0 1 1 2.6 1L3.5 19H7',
  ],
  quote: ['M5 11h4v6H5zM5 11c0-3 1-5 4-6', 'M14 11h4v6h-4zM14 11c0-3 1-5 4-6'],
  code: ['M8 7l-5 5 5 5', 'M16 7l5 5-5 5'],
  link: [
    'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1',
    'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  ],
};

export function FormatIcon({ action }: { action: FormatAction }) {
  return <OutlineIcon boxSize="4" paths={paths[action]} />;
}
