import { defineSlotRecipe } from '@chakra-ui/react';

// The article editor: title, a Write/Preview pair of tabs, a formatting toolbar above a plain-text area, and the
// preview typeset like the published article (the prose styles below are its only typography).
export const articleEditorRecipe = defineSlotRecipe({
  className: 'lotse-article-editor',
  slots: ['root', 'toolbar', 'textarea', 'preview', 'emptyPreview', 'footer', 'error'],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '3', color: 'fg' },
    toolbar: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: '0.5',
      p: '1',
      borderWidth: '1px',
      borderBottomWidth: '0',
      borderColor: 'border',
      borderTopRadius: 'l2',
      bg: 'bg.subtle',
    },
    textarea: {
      minH: '14rem',
      fontFamily: 'mono',
      textStyle: 'body',
      borderTopRadius: '0',
      resize: 'vertical',
    },
    preview: {
      minH: '14rem',
      p: '4',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l2',
      bg: 'bg.panel',
      textStyle: 'body',
      overflowWrap: 'anywhere',
      '& > * + *': { mt: '3' },
      '& h2': { textStyle: 'pageTitle' },
      '& h3': { textStyle: 'sectionTitle' },
      '& h4': { fontWeight: 'semibold' },
      '& ul': { listStyleType: 'disc', ps: '5' },
      '& ol': { listStyleType: 'decimal', ps: '5' },
      '& a': { color: 'brand.fg', textDecoration: 'underline' },
      '& code': { fontFamily: 'mono', bg: 'bg.muted', px: '1', borderRadius: 'l1', fontSize: '0.9em' },
      '& pre': { bg: 'bg.muted', p: '3', borderRadius: 'l2', overflowX: 'auto' },
      '& pre code': { bg: 'transparent', p: '0' },
      '& blockquote': {
        borderStartWidth: '3px',
        borderColor: 'border.emphasized',
        ps: '3',
        color: 'fg.muted',
      },
    },
    emptyPreview: { color: 'fg.muted' },
    footer: { display: 'flex', alignItems: 'center', gap: '2', justifyContent: 'flex-end', flexWrap: 'wrap' },
    error: { color: 'fg.error', textStyle: 'body' },
  },
});
