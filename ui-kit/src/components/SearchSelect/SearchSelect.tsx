import { Box, Button, Input, Popover, Portal, Spinner, chakra, useSlotRecipe } from '@chakra-ui/react';
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { searchSelectRecipe } from '../../theme/recipes/search-select.ts';
import { OptionList } from '../OptionList/OptionList.tsx';
import { useOptionList } from '../OptionList/use-option-list.ts';

/**
 * The i18n section with the picker's words (label, placeholder, search, noResults, loading, error, current), so
 * each picker speaks about its own kind of thing.
 */
export type SearchSelectMessages = 'categorySelect' | 'assigneeSelect';

export interface SearchSelectProps<Option> {
  messages: SearchSelectMessages;
  /** Visible label above the field; the section's `label` by default. */
  label?: string;
  /** What the closed field shows for the current value; the placeholder while there is none. */
  display?: ReactNode;
  /** The section's `placeholder` by default. */
  placeholder?: string;
  /** The options for a query, in the order shown; the picker itself does not filter. */
  optionsFor: (query: string) => readonly Option[];
  optionKey: (option: Option) => string;
  renderOption: (option: Option, query: string) => ReactNode;
  isCurrent: (option: Option) => boolean;
  onSelect: (option: Option) => void;
  loading?: boolean;
  /** The options could not be loaded; shown in the panel with a retry when `onRetry` is given. */
  error?: boolean;
  onRetry?: () => void;
}

/**
 * A single-choice picker, internal to the kit (CategorySelect, AssigneeSelect): a field-like button that opens a
 * panel with a search combobox and its listbox. ↓/↑ on the button open it; in the panel ↑/↓ move, Enter picks and
 * closes, Escape closes; focus returns to the button either way.
 */
export function SearchSelect<Option>({ label, display, placeholder, ...panel }: SearchSelectProps<Option>) {
  const { t } = useTranslation();
  const labelText = label ?? t(`${panel.messages}.label`);
  const styles = useSlotRecipe({ recipe: searchSelectRecipe })();
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const valueId = useId();
  const searchRef = useRef<HTMLInputElement>(null);

  const openOnArrow = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(true);
  };

  return (
    <Popover.Root
      open={open}
      onOpenChange={(details) => setOpen(details.open)}
      initialFocusEl={() => searchRef.current}
      positioning={{ placement: 'bottom-start' }}
      // A fresh search every time the panel opens.
      lazyMount
      unmountOnExit
    >
      <Box css={styles.root}>
        <Box as="span" id={labelId} css={styles.label}>
          {labelText}
        </Box>
        <Popover.Trigger asChild>
          <chakra.button
            type="button"
            css={styles.trigger}
            aria-labelledby={`${labelId} ${valueId}`}
            onKeyDown={openOnArrow}
          >
            <Box as="span" id={valueId} css={styles.value}>
              {display ?? (
                <Box as="span" css={styles.placeholder}>
                  {placeholder ?? t(`${panel.messages}.placeholder`)}
                </Box>
              )}
            </Box>
            <Box as="span" aria-hidden css={styles.indicator}>
              ▾
            </Box>
          </chakra.button>
        </Popover.Trigger>
      </Box>
      <Portal>
        <Popover.Positioner>
          <Popover.Content css={styles.panel} aria-label={labelText}>
            <SearchPanel
              {...panel}
              searchRef={searchRef}
              onSelect={(option) => {
                setOpen(false);
                panel.onSelect(option);
              }}
            />
          </Popover.Content>
        </Popover.Positioner>
      </Portal>
    </Popover.Root>
  );
}

type SearchPanelProps<Option> = Omit<SearchSelectProps<Option>, 'label' | 'display' | 'placeholder'> & {
  searchRef: RefObject<HTMLInputElement | null>;
};

function SearchPanel<Option>({
  optionsFor,
  optionKey,
  renderOption,
  isCurrent,
  onSelect,
  messages,
  loading = false,
  error = false,
  onRetry,
  searchRef,
}: SearchPanelProps<Option>) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: searchSelectRecipe })();
  const [query, setQuery] = useState('');
  const options = loading || error ? [] : optionsFor(query);
  // The panel opens on the current value, so Enter alone keeps it and ↓ moves on from it.
  const list = useOptionList(options.length, Math.max(0, options.findIndex(isCurrent)));
  const expanded = options.length > 0;
  const active = options[list.activeIndex];

  return (
    <>
      <Input
        ref={searchRef}
        size="xs"
        css={styles.search}
        autoComplete="off"
        aria-label={t(`${messages}.search`)}
        placeholder={t(`${messages}.search`)}
        {...list.comboboxProps(expanded)}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          list.setActiveIndex(0);
        }}
        onKeyDown={(event) => {
          if (list.moveOnKey(event)) return;
          if (event.key === 'Enter' && active !== undefined) {
            event.preventDefault();
            onSelect(active);
          }
        }}
      />
      {loading ? (
        <Box role="status" css={styles.status}>
          <Spinner size="xs" aria-hidden />
          {t(`${messages}.loading`)}
        </Box>
      ) : error ? (
        <Box role="alert" css={styles.error}>
          {t(`${messages}.error`)}
          {onRetry && (
            <Button size="xs" variant="outline" onClick={onRetry}>
              {t('errorState.retry')}
            </Button>
          )}
        </Box>
      ) : expanded ? (
        <OptionList
          list={list}
          items={options}
          label={t(`${messages}.search`)}
          itemKey={optionKey}
          renderItem={(option) => renderOption(option, query)}
          onPick={onSelect}
          isCurrent={isCurrent}
          currentLabel={t(`${messages}.current`)}
        />
      ) : (
        <Box role="status" css={styles.status}>
          {t(`${messages}.noResults`, { query: query.trim() })}
        </Box>
      )}
    </>
  );
}
