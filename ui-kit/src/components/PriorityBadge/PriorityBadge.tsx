import { chakra } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { keyOf, type TicketPriority } from '../../domain.ts';
import { priorityBadgeRecipe } from '../../theme/recipes/domain-badges.ts';

const Badge = chakra('span', priorityBadgeRecipe);

export interface PriorityBadgeProps {
  priority: TicketPriority;
  size?: 'sm' | 'md';
}

/** A ticket's priority in words and tone; "urgent" is the only loud one. */
export function PriorityBadge({ priority, size }: PriorityBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge priority={priority} size={size} data-priority={priority}>
      {t(`priority.${keyOf(priority)}`)}
    </Badge>
  );
}
