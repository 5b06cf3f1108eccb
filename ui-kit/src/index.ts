// Public API of @lotse/ui-kit. The console imports from here only; anything not exported is internal.
export * from './domain.ts';
export * from './theme/index.ts';
export * from './i18n/index.ts';
export { LotseProvider } from './provider/LotseProvider.tsx';
export type { LotseProviderProps } from './provider/LotseProvider.tsx';
export { useColorMode } from './provider/color-mode.ts';
export type { ColorMode, ColorModeState } from './provider/color-mode.ts';
export { FrozenClock, useNow } from './clock/use-now.tsx';
export * from './icons/index.ts';

export { PriorityBadge } from './components/PriorityBadge/PriorityBadge.tsx';
export type { PriorityBadgeProps } from './components/PriorityBadge/PriorityBadge.tsx';
export { StatusBadge } from './components/StatusBadge/StatusBadge.tsx';
export type { StatusBadgeProps } from './components/StatusBadge/StatusBadge.tsx';
export { EntityBadge } from './components/EntityBadge/EntityBadge.tsx';
export type { EntityBadgeProps } from './components/EntityBadge/EntityBadge.tsx';
export { SLATimer } from './components/SLATimer/SLATimer.tsx';
export type { SLATimerProps } from './components/SLATimer/SLATimer.tsx';
export { slaStatus } from './components/SLATimer/sla-status.ts';
export type { SlaStatus, SlaTarget } from './components/SLATimer/sla-status.ts';
export { UserChip } from './components/UserChip/UserChip.tsx';
export type { UserChipProps } from './components/UserChip/UserChip.tsx';
export { EmptyState } from './components/EmptyState/EmptyState.tsx';
export type { EmptyStateProps } from './components/EmptyState/EmptyState.tsx';
export { ErrorState } from './components/ErrorState/ErrorState.tsx';
export type { ErrorStateProps } from './components/ErrorState/ErrorState.tsx';
export { ConfirmDialog } from './components/ConfirmDialog/ConfirmDialog.tsx';
export type { ConfirmDialogProps } from './components/ConfirmDialog/ConfirmDialog.tsx';
export { toaster } from './components/Toaster/toaster.ts';
export { KeyboardShortcut } from './components/KeyboardShortcut/KeyboardShortcut.tsx';
export type { KeyboardShortcutProps } from './components/KeyboardShortcut/KeyboardShortcut.tsx';
export { matchesShortcut } from './components/KeyboardShortcut/shortcut.ts';
export type { Platform } from './components/KeyboardShortcut/shortcut.ts';
export { AppShell } from './components/AppShell/AppShell.tsx';
export type { AppShellProps, NavItem } from './components/AppShell/AppShell.tsx';
export { CommandPalette } from './components/AppShell/CommandPalette.tsx';
export type { Command, CommandPaletteProps } from './components/AppShell/CommandPalette.tsx';
export { EntitySwitcher } from './components/AppShell/EntitySwitcher.tsx';
export type { EntitySwitcherProps } from './components/AppShell/EntitySwitcher.tsx';
export { ColorModeToggle } from './components/AppShell/ColorModeToggle.tsx';

// Tickets
export { TicketTable, ticketColumnIds } from './components/TicketTable/TicketTable.tsx';
export type { BulkAction, TicketColumnId, TicketTableProps } from './components/TicketTable/TicketTable.tsx';
export { TicketCard } from './components/TicketCard/TicketCard.tsx';
export type { TicketCardProps } from './components/TicketCard/TicketCard.tsx';
export { MessageThread, formatFileSize } from './components/MessageThread/MessageThread.tsx';
export type {
  Attachment,
  MessageThreadProps,
  ThreadMessage,
} from './components/MessageThread/MessageThread.tsx';
export { RelativeTime } from './components/MessageThread/RelativeTime.tsx';
export type { RelativeTimeProps } from './components/MessageThread/RelativeTime.tsx';
export { ReplyEditor } from './components/ReplyEditor/ReplyEditor.tsx';
export type {
  CannedResponse,
  ReplyEditorProps,
  ReplySubmission,
} from './components/ReplyEditor/ReplyEditor.tsx';
export { isAllowedLink, sanitizeReplyHtml } from './components/ReplyEditor/sanitize.ts';
export { FileUpload } from './components/FileUpload/FileUpload.tsx';
export type { FileUploadProps } from './components/FileUpload/FileUpload.tsx';
export type { UploadFn, UploadedFile } from './components/FileUpload/upload-queue.ts';
export { checkFiles, matchesAccept } from './components/FileUpload/file-rules.ts';
export type { FileFacts, FileRefusal, FileRules } from './components/FileUpload/file-rules.ts';

// Tickets: picking and filtering (TicketFilter and emptyTicketFilter come with domain.ts)
export { TagInput } from './components/TagInput/TagInput.tsx';
export type { TagInputProps } from './components/TagInput/TagInput.tsx';
export { addTags, normalizeTag } from './components/TagInput/tag-rules.ts';
export type { TagAddition, TagLimits, TagProblem } from './components/TagInput/tag-rules.ts';
export { CategorySelect } from './components/CategorySelect/CategorySelect.tsx';
export type { CategorySelectProps } from './components/CategorySelect/CategorySelect.tsx';
export { flattenCategories, formatCategoryPath } from './components/CategorySelect/category-tree.ts';
export type { CategoryEntry } from './components/CategorySelect/category-tree.ts';
export { AssigneeSelect } from './components/AssigneeSelect/AssigneeSelect.tsx';
export type { AssigneeSelectProps } from './components/AssigneeSelect/AssigneeSelect.tsx';
export { FilterBar } from './components/FilterBar/FilterBar.tsx';
export type { FilterBarProps } from './components/FilterBar/FilterBar.tsx';

// Knowledge base
export { ArticleCard, ArticleStatusBadge } from './components/ArticleCard/ArticleCard.tsx';
export type {
  ArticleCardProps,
  ArticleStatusBadgeProps,
  ArticleSummary,
} from './components/ArticleCard/ArticleCard.tsx';
export { ArticleSearch } from './components/ArticleSearch/ArticleSearch.tsx';
export type { ArticleSearchHit, ArticleSearchProps } from './components/ArticleSearch/ArticleSearch.tsx';
export type { HighlightRange } from './components/ArticleSearch/highlight.ts';
export { ArticleEditor } from './components/ArticleEditor/ArticleEditor.tsx';
export type { ArticleDraft, ArticleEditorProps } from './components/ArticleEditor/ArticleEditor.tsx';
export { renderArticlePreview } from './components/ArticleEditor/markdown.ts';
export { VersionDiff } from './components/VersionDiff/VersionDiff.tsx';
export type { DiffGranularity, VersionDiffProps } from './components/VersionDiff/VersionDiff.tsx';

// Analytics
export { StatCard } from './components/StatCard/StatCard.tsx';
export type { ChangeDirection, StatCardProps } from './components/StatCard/StatCard.tsx';
export type { ChartCommonProps, ChartSeries } from './components/ChartFrame/ChartFrame.tsx';
export { TimeSeriesChart } from './components/TimeSeriesChart/TimeSeriesChart.tsx';
export type { TimeSeriesChartProps, TimeSeriesPoint } from './components/TimeSeriesChart/TimeSeriesChart.tsx';
export { BarChart } from './components/BarChart/BarChart.tsx';
export type { BarChartProps, BarDatum } from './components/BarChart/BarChart.tsx';
export { DonutChart } from './components/DonutChart/DonutChart.tsx';
export type { DonutChartProps, DonutSlice } from './components/DonutChart/DonutChart.tsx';
export { ComplianceGauge, complianceState } from './components/ComplianceGauge/ComplianceGauge.tsx';
export type { ComplianceGaugeProps, ComplianceState } from './components/ComplianceGauge/ComplianceGauge.tsx';
