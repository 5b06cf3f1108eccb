import { IconButton } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { MoonIcon, SunIcon } from '../../icons/icons.tsx';
import { useColorMode } from '../../provider/color-mode.ts';

/** Switches between light and dark; the label names the mode it switches to. */
export function ColorModeToggle() {
  const { t } = useTranslation();
  const { colorMode, toggleColorMode } = useColorMode();
  const toDark = colorMode === 'light';
  return (
    <IconButton
      variant="ghost"
      aria-label={t(toDark ? 'appShell.toDarkMode' : 'appShell.toLightMode')}
      onClick={toggleColorMode}
    >
      {toDark ? <MoonIcon /> : <SunIcon />}
    </IconButton>
  );
}
