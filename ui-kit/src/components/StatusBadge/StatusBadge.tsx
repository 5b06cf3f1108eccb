import { chakra } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { keyOf, type TicketStatus } from '../../domain.ts';
import { statusBadgeRecipe } from '../../theme/recipes/domain-badges.ts';

const Badge = chakra('span', statusBadgeRecipe);

export interface StatusBadgeProps {
  status: TicketStatus;
  size?: 'sm' | 'md';
}

/** Where a ticket is in its life cycle, in words and tone. */
export function StatusBadge({ status, size }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge status={status} size={size} data-status={status}>
      {t(`status.${keyOf(status)}`)}
    </Badge>
  );
}
