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
export { ticketTableRecipe } from './recipes/ticket-table.ts';
export { ticketCardRecipe } from './recipes/ticket-card.ts';
export { messageThreadRecipe } from './recipes/message-thread.ts';
export { replyEditorRecipe } from './recipes/reply-editor.ts';
export { fileUploadRecipe } from './recipes/file-upload.ts';
export { tagInputRecipe } from './recipes/tag-input.ts';
export { categorySelectRecipe } from './recipes/category-select.ts';
export { assigneeSelectRecipe } from './recipes/assignee-select.ts';
export { filterBarRecipe } from './recipes/filter-bar.ts';
export { searchSelectRecipe } from './recipes/search-select.ts';
export { optionListRecipe } from './recipes/option-list.ts';
export { removableChipRecipe } from './recipes/removable-chip.ts';
export { articleCardRecipe, articleStatusBadgeRecipe } from './recipes/article-card.ts';
export { articleSearchRecipe } from './recipes/article-search.ts';
export { articleEditorRecipe } from './recipes/article-editor.ts';
export { versionDiffRecipe } from './recipes/version-diff.ts';
export { statCardRecipe } from './recipes/stat-card.ts';
export { chartChromeTokens, chartFrameRecipe, chartSeriesTokens } from './recipes/chart.ts';
export { complianceGaugeRecipe } from './recipes/compliance-gauge.ts';
