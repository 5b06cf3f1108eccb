import { defineSlotRecipe } from '@chakra-ui/react';
import type { SystemStyleObject } from '@chakra-ui/react';
import { presences } from '../../domain.ts';
import type { Presence } from '../../domain.ts';

// An agent option: the chip (avatar, name, presence) on the left, team and workload as muted captions. The
// workload is a number in words ("12 open tickets"), so it needs no colour to be read. The closed field shows the
// chosen agent as a presence dot and the name: an avatar's initials would be visible text missing from the field's
// accessible name (label + agent), which speech-input users say to reach it.
export const assigneeSelectRecipe = defineSlotRecipe({
  className: 'lotse-assignee-select',
  slots: ['option', 'details', 'workload', 'unassigned', 'dot'],
  base: {
    option: { display: 'flex', flexDirection: 'column', gap: '0.5', minW: '0' },
    details: {
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: '2',
      textStyle: 'caption',
      color: 'fg.muted',
      ps: '7',
    },
    workload: { fontVariantNumeric: 'tabular-nums' },
    unassigned: { fontStyle: 'italic' },
    dot: {
      display: 'inline-block',
      verticalAlign: 'middle',
      boxSize: '2',
      marginEnd: '1.5',
      borderRadius: 'full',
    },
  },
  variants: {
    presence: Object.fromEntries(
      presences.map((presence) => [presence, { dot: { bg: `presence.${presence}` } }]),
    ) as Record<Presence, { dot: SystemStyleObject }>,
  },
});
