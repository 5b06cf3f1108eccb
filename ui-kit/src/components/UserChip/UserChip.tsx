import { Box, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../domain.ts';
import { userChipRecipe } from '../../theme/recipes/user-chip.ts';

export interface UserChipProps {
  name: string;
  /** Shown as a dot on the avatar and spoken after the name; omitted for people without presence (customers). */
  presence?: Presence;
  size?: 'sm' | 'md';
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();

/** An agent or customer as avatar initials, name and, for agents, presence. */
export function UserChip({ name, presence, size }: UserChipProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: userChipRecipe })({ size, presence });
  return (
    <Box as="span" css={styles.root} data-presence={presence}>
      <Box as="span" css={styles.avatar} aria-hidden>
        <Box as="span" css={styles.initials}>
          {initialsOf(name)}
        </Box>
        {presence && <Box as="span" css={styles.presence} />}
      </Box>
      <Box as="span" css={styles.name} title={name}>
        {name}
        {presence && <VisuallyHidden>, {t(`presence.${presence}`)}</VisuallyHidden>}
      </Box>
    </Box>
  );
}
