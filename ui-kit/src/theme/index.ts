export { lotseSystem } from './system.ts';
export { entityToneFor, entityTones } from './entity-tones.ts';
export type { EntityTone } from './entity-tones.ts';
export {
  entityBadgeRecipe,
  priorityBadgeRecipe,
  slaTimerRecipe,
  statusBadgeRecipe,
} from './recipes/domain-badges.ts';
export { stateMessageRecipe } from './recipes/state-message.ts';
export { userChipRecipe } from './recipes/user-chip.ts';
export { appShellRecipe } from './recipes/app-shell.ts';
export { commandPaletteRecipe } from './recipes/command-palette.ts';
