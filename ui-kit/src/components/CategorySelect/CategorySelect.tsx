import { Box, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../domain.ts';
import { categorySelectRecipe } from '../../theme/recipes/category-select.ts';
import { SearchSelect } from '../SearchSelect/SearchSelect.tsx';
import { flattenCategories, formatCategoryPath, pathSeparator, searchCategories } from './category-tree.ts';
import type { CategoryEntry } from './category-tree.ts';

export interface CategorySelectProps {
  /** The category tree. */
  categories: Category[];
  /** A category id; `null` for "No category"; absent: nothing chosen, the placeholder shows. */
  value?: string | null;
  onChange: (categoryId: string | null) => void;
  /** Offers "No category" (`null`) as the first option. */
  allowNone?: boolean;
  /** Visible label; "Category" in the UI language by default. */
  label?: string;
  /** Shown while nothing is chosen; "Choose a category" by default. */
  placeholder?: string;
  loading?: boolean;
  /** The categories could not be loaded. */
  error?: boolean;
  onRetry?: () => void;
}

/** The "No category" choice, listed like a category so the list has one kind of option. */
const noneEntry: CategoryEntry = { id: '', name: '', path: [], depth: 0 };

/**
 * Picks one category from a nested tree. The field shows the chosen category with its path ("Abrechnung ›
 * Erstattungen"); its panel lists the tree indented, or, while searching, every category whose path matches with
 * the parents in front. ↓/↑ open it, ↑/↓ move, Enter picks, Escape closes. Screen readers hear each option's full
 * path.
 *
 * ```tsx
 * <CategorySelect categories={tree} value={categoryId} onChange={setCategoryId} allowNone />
 * ```
 */
export function CategorySelect({
  categories,
  value,
  onChange,
  allowNone = false,
  label,
  placeholder,
  loading,
  error,
  onRetry,
}: CategorySelectProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: categorySelectRecipe })();
  const entries = useMemo(() => flattenCategories(categories), [categories]);
  const chosen = entries.find((entry) => entry.id === value);

  const display =
    value === null && allowNone ? (
      t('categorySelect.none')
    ) : chosen ? (
      <span title={formatCategoryPath(chosen.path)}>{formatCategoryPath(chosen.path)}</span>
    ) : undefined;

  return (
    <SearchSelect<CategoryEntry>
      messages="categorySelect"
      label={label}
      display={display}
      placeholder={placeholder}
      optionsFor={(query) => {
        const matches = searchCategories(entries, query);
        return allowNone && query.trim() === '' ? [noneEntry, ...matches] : matches;
      }}
      optionKey={(entry) => entry.id || 'none'}
      isCurrent={(entry) => (entry === noneEntry ? value === null : entry.id === value)}
      onSelect={(entry) => onChange(entry === noneEntry ? null : entry.id)}
      renderOption={(entry, query) => {
        if (entry === noneEntry) {
          return (
            <Box as="span" css={styles.none}>
              {t('categorySelect.none')}
            </Box>
          );
        }
        const parents = entry.path.slice(0, -1);
        const searching = query.trim() !== '';
        const parentPath = parents.length > 0 ? `${formatCategoryPath(parents)}${pathSeparator}` : '';
        return (
          <Box
            as="span"
            css={styles.option}
            style={{ '--category-depth': searching ? 0 : entry.depth } as CSSProperties}
          >
            {parentPath &&
              (searching ? (
                <Box as="span" css={styles.parents}>
                  {parentPath}
                </Box>
              ) : (
                <VisuallyHidden>{parentPath}</VisuallyHidden>
              ))}
            <Box as="span" css={styles.name}>
              {entry.name}
            </Box>
          </Box>
        );
      }}
      loading={loading}
      error={error}
      onRetry={onRetry}
    />
  );
}
