import { Box, useSlotRecipe } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { stateMessageRecipe } from '../../theme/recipes/state-message.ts';

export interface StateMessageProps {
  tone: 'neutral' | 'error';
  icon: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Extra content below the actions, e.g. technical details. */
  footer?: ReactNode;
  role?: 'alert' | 'status';
}

/** The layout EmptyState and ErrorState share; internal to the kit. */
export function StateMessage({ tone, icon, title, description, actions, footer, role }: StateMessageProps) {
  const styles = useSlotRecipe({ recipe: stateMessageRecipe })({ tone });
  return (
    <Box css={styles.root} role={role}>
      <Box css={styles.indicator}>{icon}</Box>
      <Box as="h2" css={styles.title}>
        {title}
      </Box>
      {description && <Box css={styles.description}>{description}</Box>}
      {actions && <Box css={styles.actions}>{actions}</Box>}
      {footer && <Box css={styles.details}>{footer}</Box>}
    </Box>
  );
}
