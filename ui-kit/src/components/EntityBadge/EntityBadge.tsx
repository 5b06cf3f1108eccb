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
 * Which brand a ticket, article or customer belongs to: the short code (KA, OL, …) in the brand's tone, with the
 * full name as tooltip and for screen readers. Entities added later get a stable tone from their slug.
 */
export function EntityBadge({ entity, size }: EntityBadgeProps) {
  return (
    <Badge tone={entityToneFor(entity.slug)} size={size} title={entity.name} data-entity={entity.slug}>
      <span aria-hidden>{entity.code}</span>
      <VisuallyHidden>{entity.name}</VisuallyHidden>
    </Badge>
  );
}
