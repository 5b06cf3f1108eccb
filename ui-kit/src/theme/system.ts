import { createSystem, defaultConfig, defineConfig } from '@chakra-ui/react';
import { globalCss } from './global-css.ts';
import { semanticTokens } from './semantic-tokens.ts';
import { textStyles } from './text-styles.ts';
import { toastRecipeOverride } from './recipes/toast.ts';
import { tokens } from './tokens.ts';

// Lotse's recipes for its own components live in ./recipes and are imported by the components that use them;
// here we only adjust Chakra's built-in components: denser, because agents scan many rows at once, and toasts
// that pass contrast.
const lotseConfig = defineConfig({
  globalCss,
  theme: {
    tokens,
    semanticTokens,
    textStyles,
    recipes: {
      button: { defaultVariants: { size: 'sm' } },
      input: { defaultVariants: { size: 'sm' } },
      kbd: { defaultVariants: { size: 'sm' } },
    },
    slotRecipes: { toast: toastRecipeOverride },
  },
});

export const lotseSystem = createSystem(defaultConfig, lotseConfig);
