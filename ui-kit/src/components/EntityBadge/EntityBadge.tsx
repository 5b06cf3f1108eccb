import { VisuallyHidden, chakra } from '@chakra-ui/react';
import type { Entity } from '../../domain.ts';
import { entityToneFor } from '../../theme/entity-tones.ts';
import { entityBadgeRecipe } from '../../theme/recipes/domain-badges.ts';

const Badge = chakra('span', entityBadgeRecipe);

export interface EntityBadgeProps {
  entity: Entity;
  size?: 'sm' | 'md';
}

/**
 * Which brand a ticket, article or customer belongs to: the prefix (KA, OL, …) in the brand's tone, with the
 * full name as tooltip and for screen readers. Entities added later get a stable tone from their code.
 */
export function EntityBadge({ entity, size }: EntityBadgeProps) {
  return (
    <Badge tone={entityToneFor(entity.code)} size={size} title={entity.name} data-entity={entity.code}>
      <span aria-hidden>{entity.prefix}</span>
      <VisuallyHidden>{entity.name}</VisuallyHidden>
    </Badge>
  );
}
