import { defineTextStyles } from '@chakra-ui/react';

// Named roles instead of raw sizes, so a dense console stays consistent: body text is 14px, metadata 12px.
export const textStyles = defineTextStyles({
  body: { value: { fontSize: 'sm', lineHeight: '1.25rem' } },
  caption: { value: { fontSize: 'xs', lineHeight: '1rem' } },
  label: { value: { fontSize: 'xs', lineHeight: '1rem', fontWeight: 'semibold', letterSpacing: 'wide' } },
  pageTitle: { value: { fontSize: 'xl', lineHeight: '1.75rem', fontWeight: 'semibold' } },
  sectionTitle: { value: { fontSize: 'md', lineHeight: '1.5rem', fontWeight: 'semibold' } },
});
