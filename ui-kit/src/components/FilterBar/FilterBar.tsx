import { Box, Button, useLocaleContext, useSlotRecipe } from '@chakra-ui/react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyTicketFilter, keyOf, ticketPriorities, ticketStatuses } from '../../domain.ts';
import type { Agent, Category, Entity, TicketFilter } from '../../domain.ts';
import { filterBarRecipe } from '../../theme/recipes/filter-bar.ts';
import { AssigneeSelect } from '../AssigneeSelect/AssigneeSelect.tsx';
import { flattenCategories, formatCategoryPath } from '../CategorySelect/category-tree.ts';
import { CategorySelect } from '../CategorySelect/CategorySelect.tsx';
import { EntityBadge } from '../EntityBadge/EntityBadge.tsx';
import { PriorityBadge } from '../PriorityBadge/PriorityBadge.tsx';
import { RemovableChip } from '../RemovableChip/RemovableChip.tsx';
import { useFocusAfterRemoval } from '../RemovableChip/use-focus-after-removal.ts';
import { StatusBadge } from '../StatusBadge/StatusBadge.tsx';
import { TagInput } from '../TagInput/TagInput.tsx';
import { DateRangeFields } from './DateRangeFields.tsx';
import { activeFilterChips, chipKey, isFilterActive, withoutChip } from './filter-chips.ts';
import type { FilterChip } from './filter-chips.ts';
import { MultiSelectMenu } from './MultiSelectMenu.tsx';

export interface FilterBarProps {
  value: TicketFilter;
  onChange: (filter: TicketFilter) => void;
  /** The brands to offer; codes in `value.entities` that are not among them are still shown and removable. */
  entities: Entity[];
  agents: Agent[];
  categories: Category[];
  /** Known tags the tag field suggests. */
  tagSuggestions?: string[];
}

/** A brand known only by its code (from a saved filter or a link) still gets a badge and a stable tone. */
const entityOf = (entities: readonly Entity[], code: string): Entity =>
  entities.find((entity) => entity.code === code) ?? {
    code,
    prefix: code.slice(0, 2).toUpperCase(),
    name: code,
  };

/**
 * The ticket list's filter bar: status, priority and brand (several each), assignee (or unassigned), category (or
 * none), tags and a creation date range. Below the fields every active filter is a chip with a remove button, next
 * to "Clear all filters"; removing a chip moves focus to the next one. Controlled: every change calls `onChange`
 * with the whole filter; a start date after the end date is refused with a message and never reaches `onChange`.
 *
 * ```tsx
 * const [filter, setFilter] = useState<TicketFilter>(emptyTicketFilter);
 * <FilterBar value={filter} onChange={setFilter} entities={entities} agents={agents} categories={categories} />
 * ```
 */
export function FilterBar({ value, onChange, entities, agents, categories, tagSuggestions }: FilterBarProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const styles = useSlotRecipe({ recipe: filterBarRecipe })();
  const controlsRef = useRef<HTMLDivElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  const categoryEntries = useMemo(() => flattenCategories(categories), [categories]);
  const dayFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale],
  );
  const chips = activeFilterChips(value);
  const focusAfterRemoval = useFocusAfterRemoval(chipsRef, () =>
    controlsRef.current?.querySelector('button'),
  );
  const entitySlugs = [
    ...entities.map((entity) => entity.code),
    ...value.entities.filter((code) => !entities.some((entity) => entity.code === code)),
  ];
  const update = (change: Partial<TicketFilter>) => onChange({ ...value, ...change });

  const chipText = (chip: FilterChip): string => {
    const named = (field: string, text: string) => t('filterBar.chip', { field, value: text });
    switch (chip.field) {
      case 'statuses':
        return named(t('status.label'), t(`status.${keyOf(chip.value)}`));
      case 'priorities':
        return named(t('priority.label'), t(`priority.${keyOf(chip.value)}`));
      case 'entities':
        return named(t('entity.label'), entityOf(entities, chip.value).name);
      case 'assignee':
        return named(
          t('assigneeSelect.label'),
          chip.value === null
            ? t('assigneeSelect.unassigned')
            : (agents.find((agent) => agent.id === chip.value)?.name ?? chip.value),
        );
      case 'category': {
        const entry = categoryEntries.find((category) => category.id === chip.value);
        return named(
          t('categorySelect.label'),
          chip.value === null
            ? t('categorySelect.none')
            : entry
              ? formatCategoryPath(entry.path)
              : chip.value,
        );
      }
      case 'from':
        return t('filterBar.fromChip', { date: dayFormat.format(new Date(`${chip.value}T00:00:00Z`)) });
      case 'to':
        return t('filterBar.toChip', { date: dayFormat.format(new Date(`${chip.value}T00:00:00Z`)) });
    }
  };

  return (
    <Box role="search" aria-label={t('filterBar.label')} css={styles.root}>
      <Box ref={controlsRef} css={styles.controls}>
        <MultiSelectMenu
          label={t('status.label')}
          options={ticketStatuses}
          selected={value.statuses}
          onChange={(statuses) => update({ statuses })}
          renderOption={(status) => <StatusBadge status={status} />}
          optionLabel={(status) => t(`status.${keyOf(status)}`)}
        />
        <MultiSelectMenu
          label={t('priority.label')}
          options={ticketPriorities}
          selected={value.priorities}
          onChange={(priorities) => update({ priorities })}
          renderOption={(priority) => <PriorityBadge priority={priority} />}
          optionLabel={(priority) => t(`priority.${keyOf(priority)}`)}
        />
        <MultiSelectMenu
          label={t('entity.label')}
          options={entitySlugs}
          selected={value.entities}
          onChange={(selected) => update({ entities: selected })}
          renderOption={(code) => {
            const entity = entityOf(entities, code);
            return (
              <>
                {/* The badge's own hidden name would repeat the visible one. */}
                <span aria-hidden>
                  <EntityBadge entity={entity} />
                </span>
                {entity.name}
              </>
            );
          }}
          optionLabel={(code) => entityOf(entities, code).name}
        />
        <Box css={styles.picker}>
          <AssigneeSelect
            agents={agents}
            value={value.assignee}
            onChange={(assignee) => update({ assignee })}
            placeholder={t('filterBar.all')}
          />
        </Box>
        <Box css={styles.picker}>
          <CategorySelect
            categories={categories}
            value={value.category}
            onChange={(category) => update({ category })}
            allowNone
            placeholder={t('filterBar.all')}
          />
        </Box>
        <Box css={styles.tags}>
          <TagInput value={value.tags} onChange={(tags) => update({ tags })} suggestions={tagSuggestions} />
        </Box>
        <DateRangeFields from={value.from} to={value.to} onChange={(range) => update(range)} />
      </Box>
      {isFilterActive(value) && (
        <Box css={styles.active}>
          {chips.length > 0 && (
            <Box as="ul" ref={chipsRef} css={styles.chips} aria-label={t('filterBar.active')}>
              {chips.map((chip, index) => {
                const text = chipText(chip);
                return (
                  <RemovableChip
                    key={chipKey(chip)}
                    removeLabel={t('filterBar.remove', { filter: text })}
                    onRemove={() => {
                      focusAfterRemoval(index);
                      onChange(withoutChip(value, chip));
                    }}
                  >
                    {text}
                  </RemovableChip>
                );
              })}
            </Box>
          )}
          <Button
            size="xs"
            variant="ghost"
            onClick={() => {
              focusAfterRemoval(0);
              onChange(emptyTicketFilter);
            }}
          >
            {t('filterBar.clearAll')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
