import { defineSlotRecipe } from '@chakra-ui/react';
import { focusRing } from '../global-css.ts';
import { fieldControl, fieldError, fieldLabel } from './field-control.ts';

// Chips and the text field share one input-like frame; the frame, not the bare text field, shows the focus ring,
// so the field reads as one control. Suggestions open below it, over the content that follows.
export const tagInputRecipe = defineSlotRecipe({
  className: 'lotse-tag-input',
  slots: ['root', 'label', 'control', 'tags', 'input', 'suggestions', 'error'],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '1', minW: '0' },
    label: fieldLabel,
    control: {
      ...fieldControl,
      position: 'relative',
      flexWrap: 'wrap',
      gap: '1',
      py: '0.5',
      cursor: 'text',
      '&:has(input:focus-visible)': focusRing,
    },
    tags: { display: 'flex', flexWrap: 'wrap', gap: '1', listStyle: 'none', minW: '0' },
    input: {
      flex: '1',
      minW: '24',
      minH: '6',
      bg: 'transparent',
      color: 'fg',
      _placeholder: { color: 'fg.muted' },
      _focusVisible: { outline: 'none' },
    },
    suggestions: {
      position: 'absolute',
      top: '100%',
      insetStart: '0',
      insetEnd: '0',
      zIndex: 'dropdown',
      mt: '1',
      bg: 'bg.panel',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l2',
      boxShadow: 'md',
    },
    error: fieldError,
  },
});
