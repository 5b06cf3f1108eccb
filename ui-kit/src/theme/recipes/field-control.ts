import type { SystemStyleObject } from '@chakra-ui/react';

// The pickers (TagInput, CategorySelect, AssigneeSelect, FilterBar's menus) are buttons or composite fields, not
// Chakra inputs, yet sit in one row with date inputs: they share the outline input's frame so the row reads as
// one set of fields, at the compact height agents use in dense screens.
export const fieldControl: SystemStyleObject = {
  display: 'flex',
  alignItems: 'center',
  gap: '1.5',
  minH: '8',
  px: '2',
  textStyle: 'body',
  textAlign: 'start',
  color: 'fg',
  bg: 'transparent',
  borderWidth: '1px',
  borderColor: 'border',
  borderRadius: 'l2',
  _hover: { borderColor: 'border.emphasized' },
  _invalid: { borderColor: 'border.error' },
  _disabled: { layerStyle: 'disabled' },
};

/** The small caption above a field. */
export const fieldLabel: SystemStyleObject = { textStyle: 'label', color: 'fg.muted' };

/** A validation message under a field: its text, not only its colour, says what is wrong. */
export const fieldError: SystemStyleObject = { textStyle: 'caption', color: 'fg.error' };
