import { Box, CloseButton, useSlotRecipe } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { removableChipRecipe } from '../../theme/recipes/removable-chip.ts';

export interface RemovableChipProps {
  children: ReactNode;
  /** The remove button's accessible name, naming what it removes, e.g. "Remove tag vip". */
  removeLabel: string;
  onRemove: () => void;
}

/** A list item with a value and a button that takes it back; internal to the kit (tags, active filters). */
export function RemovableChip({ children, removeLabel, onRemove }: RemovableChipProps) {
  const styles = useSlotRecipe({ recipe: removableChipRecipe })();
  return (
    <Box as="li" css={styles.root}>
      <Box as="span" css={styles.label}>
        {children}
      </Box>
      <CloseButton
        size="2xs"
        variant="plain"
        css={styles.remove}
        aria-label={removeLabel}
        title={removeLabel}
        onClick={onRemove}
      />
    </Box>
  );
}
