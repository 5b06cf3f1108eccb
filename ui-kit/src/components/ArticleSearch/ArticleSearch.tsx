import { Box, CloseButton, Field, Input, InputGroup, Spinner, useSlotRecipe } from '@chakra-ui/react';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../domain.ts';
import { SearchIcon } from '../../icons/icons.tsx';
import { articleSearchRecipe } from '../../theme/recipes/article-search.ts';
import { EmptyState } from '../EmptyState/EmptyState.tsx';
import { EntityBadge } from '../EntityBadge/EntityBadge.tsx';
import { ErrorState } from '../ErrorState/ErrorState.tsx';
import { rangesOfQuery, splitByRanges } from './highlight.ts';
import type { HighlightRange } from './highlight.ts';

/** One search result as the search API returns it. Every text is treated as untrusted plain text. */
export interface ArticleSearchHit {
  id: string;
  title: string;
  /** A plain-text excerpt around the match. */
  snippet: string;
  /**
   * Character ranges of `snippet` the search engine matched (e.g. stemmed or fuzzy matches). Without them the
   * words of the query are highlighted.
   */
  highlights?: readonly HighlightRange[];
  category?: string;
  entity?: Entity;
}

export interface ArticleSearchProps {
  /** Runs the search; called after the agent pauses typing. Abort work when `signal` fires (a newer query). */
  search: (query: string, signal: AbortSignal) => Promise<ArticleSearchHit[]>;
  /** The agent picked a hit (Enter on the active hit, or a click). */
  onSelect: (hit: ArticleSearchHit) => void;
  /** Pause after the last keystroke before searching; 250 ms by default. */
  debounceMs?: number;
  /** Shorter queries do not search; 2 by default. */
  minQueryLength?: number;
  defaultQuery?: string;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading'; query: string }
  | { kind: 'results'; query: string; hits: ArticleSearchHit[] }
  | { kind: 'error'; query: string };

function Highlighted({
  text,
  ranges,
  markCss,
}: {
  text: string;
  ranges: readonly HighlightRange[];
  markCss: object;
}) {
  return (
    <>
      {splitByRanges(text, ranges).map((run, index) =>
        run.highlighted ? (
          <Box as="mark" key={index} css={markCss}>
            {run.text}
          </Box>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/**
 * Knowledge-base search as an ARIA combobox: the field searches as the agent types (debounced, stale requests
 * aborted), hits appear in a listbox with the matched words highlighted, ↑/↓ move through them, Enter opens one,
 * Escape clears the field. Loading, empty and error states are announced in a live region.
 */
export function ArticleSearch({
  search,
  onSelect,
  debounceMs = 250,
  minQueryLength = 2,
  defaultQuery = '',
}: ArticleSearchProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: articleSearchRecipe })();
  const listId = useId();
  const [query, setQuery] = useState(defaultQuery);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<SearchState>({ kind: 'idle' });
  const [activeIndex, setActiveIndex] = useState(-1);
  const trimmed = query.trim();
  const searchable = trimmed.length >= minQueryLength;
  const runSearch = useEffectEvent((text: string, signal: AbortSignal) => search(text, signal));

  useEffect(() => {
    if (!searchable) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResult({ kind: 'loading', query: trimmed });
      runSearch(trimmed, controller.signal).then(
        (hits) => {
          if (controller.signal.aborted) return;
          setResult({ kind: 'results', query: trimmed, hits });
          setActiveIndex(-1);
        },
        () => {
          if (!controller.signal.aborted) setResult({ kind: 'error', query: trimmed });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, searchable, attempt, debounceMs]);

  const state: SearchState = searchable ? result : { kind: 'idle' };
  const hits = state.kind === 'results' ? state.hits : [];
  const active = hits[activeIndex];
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on listId, which never changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setActiveIndex(activeIndex >= last ? 0 : activeIndex + 1);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActiveIndex(activeIndex <= 0 ? last : activeIndex - 1);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onSelect(active);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActiveIndex(-1);
    }
  };

  const statusText =
    state.kind === 'loading'
      ? t('articleSearch.loading')
      : state.kind === 'results'
        ? hits.length > 0
          ? t('articleSearch.resultCount', { count: hits.length })
          : t('articleSearch.noResults', { query: state.query })
        : '';
  const highlightQuery = state.kind === 'results' ? state.query : trimmed;

  return (
    <Box css={styles.root} data-state={state.kind}>
      <Field.Root css={styles.field}>
        <Field.Label>{t('articleSearch.label')}</Field.Label>
        <InputGroup
          startElement={<SearchIcon />}
          endElement={
            query !== '' ? (
              <CloseButton
                size="xs"
                aria-label={t('articleSearch.clear')}
                onClick={() => {
                  setQuery('');
                  setActiveIndex(-1);
                }}
              />
            ) : undefined
          }
        >
          <Input
            type="search"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={hits.length > 0}
            aria-controls={hits.length > 0 ? listId : undefined}
            aria-activedescendant={active ? optionId(activeIndex) : undefined}
            placeholder={t('articleSearch.placeholder')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActiveIndex(-1);
            }}
            onKeyDown={onKeyDown}
          />
        </InputGroup>
      </Field.Root>
      {/* One polite live region for loading, counts and "nothing found"; errors announce themselves as alerts. */}
      <Box role="status" css={styles.status} srOnly={state.kind === 'results' && hits.length === 0}>
        {state.kind === 'loading' ? (
          <Box as="span" display="inline-flex" alignItems="center" gap="2">
            <Spinner size="xs" aria-hidden />
            {statusText}
          </Box>
        ) : (
          statusText
        )}
      </Box>
      {hits.length > 0 && (
        <Box as="ul" id={listId} role="listbox" aria-label={t('articleSearch.results')} css={styles.list}>
          {hits.map((hit, index) => (
            <Box
              as="li"
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              css={styles.option}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => onSelect(hit)}
            >
              <Box as="span" css={styles.optionTitle}>
                <Highlighted
                  text={hit.title}
                  ranges={rangesOfQuery(hit.title, highlightQuery)}
                  markCss={styles.mark}
                />
              </Box>
              {(hit.entity || hit.category) && (
                <Box as="span" css={styles.optionMeta}>
                  {hit.entity && <EntityBadge entity={hit.entity} />}
                  {hit.category}
                </Box>
              )}
              <Box as="span" css={styles.snippet}>
                <Highlighted
                  text={hit.snippet}
                  ranges={hit.highlights ?? rangesOfQuery(hit.snippet, highlightQuery)}
                  markCss={styles.mark}
                />
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {state.kind === 'results' && hits.length === 0 && (
        <EmptyState
          icon={<SearchIcon />}
          title={t('articleSearch.noResults', { query: state.query })}
          description={t('articleSearch.noResultsHint')}
        />
      )}
      {state.kind === 'error' && (
        <ErrorState title={t('articleSearch.error')} onRetry={() => setAttempt((count) => count + 1)} />
      )}
    </Box>
  );
}
