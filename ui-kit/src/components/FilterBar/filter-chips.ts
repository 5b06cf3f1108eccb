import type { TicketFilter, TicketPriority, TicketStatus } from '../../domain.ts';

/** One active filter value, as the bar lists it with a remove button. */
export type FilterChip =
  | { field: 'statuses'; value: TicketStatus }
  | { field: 'priorities'; value: TicketPriority }
  | { field: 'entities'; value: string }
  | { field: 'assignee' | 'category'; value: string | null }
  | { field: 'from' | 'to'; value: string };

/**
 * The filter's active values in the bar's order. Tags are left out: the tag field already shows each tag as a
 * removable chip, and listing them twice would cost a dense screen a row.
 */
export function activeFilterChips(filter: TicketFilter): FilterChip[] {
  return [
    ...filter.statuses.map((value) => ({ field: 'statuses', value }) as const),
    ...filter.priorities.map((value) => ({ field: 'priorities', value }) as const),
    ...filter.entities.map((value) => ({ field: 'entities', value }) as const),
    ...(filter.assignee !== undefined ? [{ field: 'assignee', value: filter.assignee } as const] : []),
    ...(filter.category !== undefined ? [{ field: 'category', value: filter.category } as const] : []),
    ...(filter.from ? [{ field: 'from', value: filter.from } as const] : []),
    ...(filter.to ? [{ field: 'to', value: filter.to } as const] : []),
  ];
}

export const chipKey = (chip: FilterChip): string => `${chip.field}:${chip.value ?? ''}`;

/** The filter without the chip's value. */
export function withoutChip(filter: TicketFilter, chip: FilterChip): TicketFilter {
  switch (chip.field) {
    case 'statuses':
      return { ...filter, statuses: filter.statuses.filter((value) => value !== chip.value) };
    case 'priorities':
      return { ...filter, priorities: filter.priorities.filter((value) => value !== chip.value) };
    case 'entities':
      return { ...filter, entities: filter.entities.filter((value) => value !== chip.value) };
    default: {
      const next = { ...filter };
      delete next[chip.field];
      return next;
    }
  }
}

/** Whether the filter filters anything. */
export const isFilterActive = (filter: TicketFilter): boolean =>
  filter.tags.length > 0 || activeFilterChips(filter).length > 0;

/** A date range whose start lies after its end; open ends never are. Dates are `YYYY-MM-DD`, so text order is time order. */
export const isRangeInverted = (from?: string, to?: string): boolean => Boolean(from && to && from > to);
