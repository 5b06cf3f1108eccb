import { Box, VisuallyHidden, chakra, useSlotRecipe } from '@chakra-ui/react';
import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tagInputRecipe } from '../../theme/recipes/tag-input.ts';
import { OptionList } from '../OptionList/OptionList.tsx';
import { useOptionList } from '../OptionList/use-option-list.ts';
import { RemovableChip } from '../RemovableChip/RemovableChip.tsx';
import { useFocusAfterRemoval } from '../RemovableChip/use-focus-after-removal.ts';
import { addTags, suggestionsFor } from './tag-rules.ts';
import type { TagProblem } from './tag-rules.ts';

export interface TagInputProps {
  /** The tags, normalized (trimmed, lower case, each once). */
  value: string[];
  onChange: (tags: string[]) => void;
  /** Visible label; "Tags" in the UI language by default. */
  label?: string;
  /** Known tags offered while typing (↑/↓ and Enter pick one); normalized like typed tags. */
  suggestions?: string[];
  /** Longest tag in characters; 30 by default. */
  maxLength?: number;
  /** Most tags; 10 by default. */
  maxTags?: number;
  placeholder?: string;
}

/**
 * Tags as removable chips and a text field: Enter or a comma adds what was typed (pasted lists are split at commas),
 * Backspace in the empty field removes the last tag, and each chip's remove button names its tag. Tags are trimmed,
 * lower-cased and kept once each; a too-long tag or one too many is refused with a message and stays in the field.
 * With `suggestions` the field is a combobox: ↑/↓ move through the matching suggestions, Enter picks one, Escape
 * closes the list.
 *
 * ```tsx
 * const [tags, setTags] = useState<string[]>([]);
 * <TagInput value={tags} onChange={setTags} suggestions={['vip', 'rückruf']} maxTags={5} />
 * ```
 */
export function TagInput({
  value,
  onChange,
  label,
  suggestions,
  maxLength = 30,
  maxTags = 10,
  placeholder,
}: TagInputProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: tagInputRecipe })();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const tagsRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<TagProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const matches = suggestions ? suggestionsFor(suggestions, value, query) : [];
  const list = useOptionList(matches.length);
  const expanded = open && matches.length > 0;
  const focusAfterRemoval = useFocusAfterRemoval(tagsRef, () => inputRef.current);
  const labelText = label ?? t('tagInput.label');

  const commit = (entries: string[], pending = '') => {
    const result = addTags(value, entries, { maxLength, maxTags });
    if (result.added.length > 0) {
      onChange(result.tags);
      setAnnouncement(result.added.map((tag) => t('tagInput.added', { tag })).join(', '));
    }
    setProblem(result.problem ?? null);
    setQuery([...result.rejected, pending].filter(Boolean).join(', '));
    setOpen(false);
    list.setActiveIndex(-1);
  };

  const remove = (index: number) => {
    const tag = value[index];
    if (tag === undefined) return;
    onChange(value.filter((_, position) => position !== index));
    setAnnouncement(t('tagInput.removed', { tag }));
    setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (expanded && list.moveOnKey(event)) return;
    if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setOpen(true);
      list.setActiveIndex(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const suggestion = expanded ? matches[list.activeIndex] : undefined;
      if (suggestion !== undefined) commit([suggestion]);
      else if (query.trim() !== '') commit([query]);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      event.preventDefault();
      remove(value.length - 1);
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const describedBy = problem ? `${hintId} ${errorId}` : hintId;
  return (
    <Box css={styles.root}>
      <chakra.label htmlFor={inputId} css={styles.label}>
        {labelText}
      </chakra.label>
      {/* A click anywhere in the frame (between chips, after them) goes to the text field, like in an input. */}
      <Box
        css={styles.control}
        data-invalid={problem ? '' : undefined}
        onClick={() => inputRef.current?.focus()}
      >
        {value.length > 0 && (
          <Box as="ul" ref={tagsRef} css={styles.tags} aria-label={labelText}>
            {value.map((tag, index) => (
              <RemovableChip
                key={tag}
                removeLabel={t('tagInput.remove', { tag })}
                onRemove={() => {
                  focusAfterRemoval(index);
                  remove(index);
                }}
              >
                {tag}
              </RemovableChip>
            ))}
          </Box>
        )}
        <chakra.input
          ref={inputRef}
          id={inputId}
          css={styles.input}
          autoComplete="off"
          enterKeyHint="enter"
          placeholder={placeholder ?? t('tagInput.placeholder')}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          {...(suggestions ? list.comboboxProps(expanded) : {})}
          value={query}
          onChange={(event) => {
            const text = event.target.value;
            setProblem(null);
            if (text.includes(',')) {
              const entries = text.split(',');
              const pending = entries.pop() ?? '';
              commit(entries, pending.trimStart());
              return;
            }
            setQuery(text);
            setOpen(text.trim() !== '');
            list.setActiveIndex(text.trim() !== '' ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {expanded && (
          <Box css={styles.suggestions}>
            <OptionList
              list={list}
              items={matches}
              label={t('tagInput.suggestions')}
              itemKey={(tag) => tag}
              renderItem={(tag) => tag}
              onPick={(tag) => {
                commit([tag]);
                inputRef.current?.focus();
              }}
            />
          </Box>
        )}
      </Box>
      <VisuallyHidden id={hintId}>{t('tagInput.hint')}</VisuallyHidden>
      {problem && (
        <Box id={errorId} role="alert" css={styles.error}>
          {problemText(problem, t)}
        </Box>
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Box>
  );
}

function problemText(problem: TagProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'tooLong':
      return t('tagInput.tooLong', { max: problem.max });
    case 'tooMany':
      return t('tagInput.tooMany', { count: problem.max });
    case 'duplicate':
      return t('tagInput.duplicate', { tag: problem.tag });
  }
}
