import { defineRecipe } from '@chakra-ui/react';
import type { SystemStyleObject } from '@chakra-ui/react';
import { keyOf, slaStates, ticketPriorities, ticketStatuses } from '../../domain.ts';
import { entityTones } from '../entity-tones.ts';

// Priority, status, entity and SLA labels share one compact shape so a ticket row reads as one calm line;
// only the tone differs, and each tone comes from a semantic token group (see semantic-tokens.ts), named by the
// lower-case value (`status.in_progress` for the API's IN_PROGRESS).
const base: SystemStyleObject = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '1',
  borderWidth: '1px',
  borderRadius: 'l1',
  fontWeight: 'medium',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};

const sizes = {
  sm: { textStyle: 'xs', px: '1.5', minH: '5' },
  md: { textStyle: 'sm', px: '2', minH: '6' },
} satisfies Record<string, SystemStyleObject>;

function toneVariants<Name extends string>(tokenGroup: string, names: readonly Name[]) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        bg: `${tokenGroup}.${keyOf(name)}.bg`,
        color: `${tokenGroup}.${keyOf(name)}.fg`,
        borderColor: `${tokenGroup}.${keyOf(name)}.border`,
      },
    ]),
  ) as Record<Name, SystemStyleObject>;
}

export const priorityBadgeRecipe = defineRecipe({
  className: 'lotse-priority-badge',
  base,
  variants: { priority: toneVariants('priority', ticketPriorities), size: sizes },
  defaultVariants: { size: 'sm' },
});

export const statusBadgeRecipe = defineRecipe({
  className: 'lotse-status-badge',
  base,
  variants: { status: toneVariants('status', ticketStatuses), size: sizes },
  defaultVariants: { size: 'sm' },
});

export const entityBadgeRecipe = defineRecipe({
  className: 'lotse-entity-badge',
  base: { ...base, fontWeight: 'semibold', letterSpacing: 'wide' },
  variants: { tone: toneVariants('entity', entityTones), size: sizes },
  defaultVariants: { size: 'sm' },
});

export const slaTimerRecipe = defineRecipe({
  className: 'lotse-sla-timer',
  base,
  variants: { state: toneVariants('sla', slaStates), size: sizes },
  defaultVariants: { size: 'sm' },
});
