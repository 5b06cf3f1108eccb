import { defineSemanticTokens } from '@chakra-ui/react';
import type { Presence, SlaState, TicketPriority, TicketStatus } from '../domain.ts';
import { entityTones } from './entity-tones.ts';

type Palette = 'gray' | 'red' | 'orange' | 'yellow' | 'green' | 'teal' | 'blue' | 'cyan' | 'purple' | 'pink';

const lightDark = (light: string, dark: string) => ({ value: { _light: light, _dark: dark } });

// A "tone" is a quiet tinted label: 100-tint background with 800 text in light mode, 900 with 100 text in dark.
// Both pairs stay above WCAG AA (4.5:1) for small text for every Chakra palette; the catalog checks it in Chromium.
const subtleTone = (palette: Palette) => ({
  bg: lightDark(`{colors.${palette}.100}`, `{colors.${palette}.900}`),
  fg: lightDark(`{colors.${palette}.800}`, `{colors.${palette}.100}`),
  border: lightDark(`{colors.${palette}.300}`, `{colors.${palette}.700}`),
});

// The shape Chakra's recipes expect from a colorPalette, so <Button colorPalette="brand"> just works.
const colorPalette = (palette: Palette | 'brand') => ({
  solid: lightDark(`{colors.${palette}.600}`, `{colors.${palette}.300}`),
  contrast: lightDark('{colors.white}', `{colors.${palette}.950}`),
  fg: lightDark(`{colors.${palette}.700}`, `{colors.${palette}.200}`),
  muted: lightDark(`{colors.${palette}.100}`, `{colors.${palette}.900}`),
  subtle: lightDark(`{colors.${palette}.50}`, `{colors.${palette}.950}`),
  emphasized: lightDark(`{colors.${palette}.200}`, `{colors.${palette}.800}`),
  focusRing: lightDark(`{colors.${palette}.500}`, `{colors.${palette}.300}`),
  border: lightDark(`{colors.${palette}.300}`, `{colors.${palette}.700}`),
});

type Tone = ReturnType<typeof subtleTone>;

// A loud tone for the few states that must interrupt (urgent priority, breached SLA).
const solidTone = (palette: Palette): Tone => ({
  bg: lightDark(`{colors.${palette}.700}`, `{colors.${palette}.400}`),
  fg: lightDark('{colors.white}', `{colors.${palette}.950}`),
  border: lightDark(`{colors.${palette}.800}`, `{colors.${palette}.300}`),
});

const priorityTones: Record<Lowercase<TicketPriority>, Tone> = {
  low: subtleTone('gray'),
  medium: subtleTone('blue'),
  high: subtleTone('orange'),
  urgent: solidTone('red'),
};

const statusTones: Record<Lowercase<TicketStatus>, Tone> = {
  new: subtleTone('blue'),
  assigned: subtleTone('purple'),
  in_progress: subtleTone('cyan'),
  waiting: subtleTone('yellow'),
  resolved: subtleTone('green'),
  closed: subtleTone('gray'),
};

const slaTones: Record<SlaState, Tone> = {
  ok: subtleTone('gray'),
  at_risk: subtleTone('orange'),
  breached: solidTone('red'),
  paused: subtleTone('gray'),
  met: subtleTone('green'),
};

// Presence dots are non-text indicators next to a name that also says the presence in words.
const presenceColors: Record<Presence, { value: { _light: string; _dark: string } }> = {
  online: lightDark('{colors.green.600}', '{colors.green.400}'),
  away: lightDark('{colors.yellow.500}', '{colors.yellow.400}'),
  busy: lightDark('{colors.red.600}', '{colors.red.400}'),
  offline: lightDark('{colors.gray.400}', '{colors.gray.500}'),
};

export const semanticTokens = defineSemanticTokens({
  colors: {
    brand: colorPalette('brand'),
    // Destructive actions (delete, merge, close without reply) use colorPalette="danger", never "red" directly.
    danger: colorPalette('red'),
    // Chakra's error text (red.500 on white) is below AA for small text: every error message uses these instead.
    fg: { error: lightDark('{colors.red.700}', '{colors.red.300}') },
    // A softer dark than Chakra's pure black: agents look at this all day.
    bg: {
      DEFAULT: lightDark('{colors.white}', '{colors.gray.950}'),
      canvas: lightDark('{colors.gray.50}', '{colors.gray.950}'),
      panel: lightDark('{colors.white}', '{colors.gray.900}'),
      sidebar: lightDark('{colors.gray.100}', '{colors.gray.900}'),
      selected: lightDark('{colors.brand.100}', '{colors.brand.900}'),
    },
    priority: priorityTones,
    status: statusTones,
    sla: slaTones,
    presence: presenceColors,
    entity: Object.fromEntries(entityTones.map((palette) => [palette, subtleTone(palette)])),
  },
});
