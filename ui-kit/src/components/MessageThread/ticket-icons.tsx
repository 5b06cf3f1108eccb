import { outlineIcon } from '../../icons/outline-icon.tsx';

// Icons of the tickets components, drawn like the kit's own (see icons/outline-icon.tsx).

export const LockIcon = outlineIcon('LockIcon', ['M5 11h14v10H5z', 'M8 11V7a4 4 0 0 1 8 0v4']);
export const ReplyIcon = outlineIcon('ReplyIcon', ['M9 17l-5-5 5-5', 'M4 12h11a5 5 0 0 1 5 5v2']);
export const PaperclipIcon = outlineIcon('PaperclipIcon', [
  'M21 11.5 12.5 20a5 5 0 0 1-7-7l8.5-8.5a3.5 3.5 0 0 1 5 5L10.5 18a2 2 0 0 1-3-3L15 7.5',
]);
export const UploadIcon = outlineIcon('UploadIcon', ['M12 16V4', 'M7 9l5-5 5 5', 'M4 20h16']);
export const CloseIcon = outlineIcon('CloseIcon', ['M18 6 6 18', 'M6 6l12 12']);
export const NumberedListIcon = outlineIcon('NumberedListIcon', [
  'M10 6h11M10 12h11M10 18h11',
  'M4 4h1v5',
  'M4 15h2l-2 3h2',
]);
export const LinkIcon = outlineIcon('LinkIcon', [
  'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7',
  'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
]);
