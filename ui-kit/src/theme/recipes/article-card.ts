import { defineRecipe, defineSlotRecipe } from '@chakra-ui/react';
import type { SystemStyleObject } from '@chakra-ui/react';
import type { ArticleStatus } from '../../domain.ts';

// An article's publication state as a quiet label: grey draft, yellow review, green published, muted archive.
// The word is always shown; the tone only helps scanning.
const articleStatusTones: Record<ArticleStatus, SystemStyleObject> = {
  draft: { bg: 'gray.subtle', color: 'gray.fg', borderColor: 'gray.emphasized' },
  review: { bg: 'yellow.subtle', color: 'yellow.fg', borderColor: 'yellow.emphasized' },
  published: { bg: 'green.subtle', color: 'green.fg', borderColor: 'green.emphasized' },
  archived: { bg: 'bg.muted', color: 'fg.muted', borderColor: 'border', borderStyle: 'dashed' },
};

export const articleStatusBadgeRecipe = defineRecipe({
  className: 'lotse-article-status',
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    borderWidth: '1px',
    borderRadius: 'l1',
    textStyle: 'xs',
    fontWeight: 'medium',
    px: '1.5',
    minH: '5',
    whiteSpace: 'nowrap',
  },
  variants: { status: articleStatusTones },
});

// A knowledge-base article in lists and search pages: the title is the link, and the whole card is its hit area.
export const articleCardRecipe = defineSlotRecipe({
  className: 'lotse-article-card',
  slots: ['root', 'header', 'title', 'excerpt', 'meta', 'metaItem'],
  base: {
    root: {
      position: 'relative',
      display: 'flex',
      flexDirection: 'column',
      gap: '2',
      p: '4',
      bg: 'bg.panel',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l3',
      color: 'fg',
      _hover: { borderColor: 'border.emphasized' },
      _focusWithin: { borderColor: 'brand.solid' },
    },
    header: { display: 'flex', alignItems: 'center', gap: '2', flexWrap: 'wrap' },
    title: {
      textStyle: 'sectionTitle',
      overflowWrap: 'anywhere',
      '& a': { color: 'fg', textDecoration: 'none', _hover: { textDecoration: 'underline' } },
    },
    excerpt: { textStyle: 'body', color: 'fg.muted', lineClamp: '3' },
    meta: {
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: '3',
      rowGap: '1',
      textStyle: 'caption',
      color: 'fg.muted',
      fontVariantNumeric: 'tabular-nums',
    },
    metaItem: { whiteSpace: 'nowrap' },
  },
});
