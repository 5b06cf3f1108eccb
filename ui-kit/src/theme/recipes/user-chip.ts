import { defineSlotRecipe } from '@chakra-ui/react';
import { presences } from '../../domain.ts';

export const userChipRecipe = defineSlotRecipe({
  className: 'lotse-user-chip',
  slots: ['root', 'avatar', 'initials', 'presence', 'name'],
  base: {
    root: { display: 'inline-flex', alignItems: 'center', gap: '2', minW: '0', color: 'fg' },
    avatar: {
      position: 'relative',
      flexShrink: '0',
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      borderRadius: 'full',
      bg: 'brand.muted',
      color: 'brand.fg',
      fontWeight: 'semibold',
    },
    initials: { lineHeight: '1' },
    // The dot sits on the avatar's edge; its ring uses the page background so it reads on any surface.
    presence: {
      position: 'absolute',
      insetEnd: '-0.5',
      bottom: '-0.5',
      borderRadius: 'full',
      borderWidth: '2px',
      borderColor: 'bg',
    },
    name: { truncate: true, fontWeight: 'medium' },
  },
  variants: {
    size: {
      sm: {
        root: { textStyle: 'xs' },
        avatar: { boxSize: '5', fontSize: '2xs' },
        presence: { boxSize: '2.5' },
      },
      md: { root: { textStyle: 'sm' }, avatar: { boxSize: '7', fontSize: 'xs' }, presence: { boxSize: '3' } },
    },
    presence: Object.fromEntries(presences.map((p) => [p, { presence: { bg: `presence.${p}` } }])) as Record<
      (typeof presences)[number],
      { presence: { bg: string } }
    >,
  },
  defaultVariants: { size: 'md' },
});
