import { Box, Button, Field, IconButton, Input, Tabs, Textarea, useSlotRecipe } from '@chakra-ui/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articleEditorRecipe } from '../../theme/recipes/article-editor.ts';
import { KeyboardShortcut } from '../KeyboardShortcut/KeyboardShortcut.tsx';
import { currentPlatform, matchesShortcut } from '../KeyboardShortcut/shortcut.ts';
import { applyFormat, formatActions } from './formatting.ts';
import type { FormatAction, TextEdit } from './formatting.ts';
import { renderArticlePreview } from './markdown.ts';
import { FormatIcon } from './toolbar-icons.tsx';

export interface ArticleDraft {
  title: string;
  /** The article text in the kit's Markdown subset. */
  body: string;
}

export interface ArticleEditorProps {
  defaultValue?: Partial<ArticleDraft>;
  /** Save with the button or Ctrl/⌘+Enter; only called with a title. */
  onSave: (draft: ArticleDraft) => void;
  onCancel?: () => void;
  onChange?: (draft: ArticleDraft) => void;
  /** A save is under way: the button shows it and is disabled. */
  saving?: boolean;
  /** Why the last save failed, in words for the agent. */
  error?: string;
  defaultTab?: 'write' | 'preview';
}

const shortcuts: Partial<Record<FormatAction, string>> = { bold: 'mod+b', italic: 'mod+i' };
const saveShortcut = 'mod+enter';

/**
 * Writes a knowledge-base article: title, a Markdown text area with a formatting toolbar (one tab stop, arrow keys
 * inside; Ctrl/⌘+B and +I), and a preview rendered from the Markdown and sanitized with DOMPurify. Raw HTML in the
 * text shows as text; only http(s), mailto and site-relative links survive.
 */
export function ArticleEditor({
  defaultValue,
  onSave,
  onCancel,
  onChange,
  saving = false,
  error,
  defaultTab = 'write',
}: ArticleEditorProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: articleEditorRecipe })();
  const [title, setTitle] = useState(defaultValue?.title ?? '');
  const [body, setBody] = useState(defaultValue?.body ?? '');
  const [titleMissing, setTitleMissing] = useState(false);
  const [toolIndex, setToolIndex] = useState(0);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const toolRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const pendingSelection = useRef<TextEdit | null>(null);
  const preview = useMemo(() => renderArticlePreview(body), [body]);

  useLayoutEffect(() => {
    const edit = pendingSelection.current;
    const textarea = textareaRef.current;
    if (!edit || !textarea) return;
    pendingSelection.current = null;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  }, [body]);

  const update = (next: ArticleDraft) => {
    setTitle(next.title);
    setBody(next.body);
    onChange?.(next);
  };

  const format = (action: FormatAction) => {
    const textarea = textareaRef.current;
    const start = textarea?.selectionStart ?? body.length;
    const end = textarea?.selectionEnd ?? body.length;
    const edit = applyFormat(action, body, start, end, t('articleEditor.linkText'));
    pendingSelection.current = edit;
    update({ title, body: edit.value });
  };

  const save = () => {
    if (saving) return;
    if (title.trim() === '') {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    onSave({ title: title.trim(), body });
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const platform = currentPlatform();
    if (matchesShortcut(event.nativeEvent, saveShortcut, platform)) {
      event.preventDefault();
      save();
      return;
    }
    if (event.target !== textareaRef.current) return;
    for (const [action, shortcut] of Object.entries(shortcuts) as [FormatAction, string][]) {
      if (matchesShortcut(event.nativeEvent, shortcut, platform)) {
        event.preventDefault();
        format(action);
      }
    }
  };

  // A toolbar is one tab stop; arrows, Home and End move between its buttons.
  const onToolbarKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const last = formatActions.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: toolIndex >= last ? 0 : toolIndex + 1,
      ArrowLeft: toolIndex <= 0 ? last : toolIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setToolIndex(next);
    toolRefs.current[next]?.focus();
  };

  return (
    <Box css={styles.root} onKeyDown={onEditorKeyDown}>
      {error && (
        <Box role="alert" css={styles.error}>
          {error}
        </Box>
      )}
      <Field.Root required invalid={titleMissing}>
        <Field.Label>
          {t('articleEditor.title')}
          <Field.RequiredIndicator />
        </Field.Label>
        <Input
          ref={titleRef}
          value={title}
          placeholder={t('articleEditor.titlePlaceholder')}
          onChange={(event) => {
            setTitleMissing(false);
            update({ title: event.target.value, body });
          }}
        />
        <Field.ErrorText css={styles.error}>{t('articleEditor.titleRequired')}</Field.ErrorText>
      </Field.Root>
      <Tabs.Root defaultValue={defaultTab} variant="line" size="sm">
        <Tabs.List>
          <Tabs.Trigger value="write">{t('articleEditor.write')}</Tabs.Trigger>
          <Tabs.Trigger value="preview">{t('articleEditor.preview')}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="write">
          <Field.Root>
            <Field.Label>{t('articleEditor.body')}</Field.Label>
            <Box
              role="toolbar"
              aria-label={t('articleEditor.toolbar')}
              css={styles.toolbar}
              onKeyDown={onToolbarKeyDown}
              w="full"
            >
              {formatActions.map((action, index) => (
                <IconButton
                  key={action}
                  ref={(element) => {
                    toolRefs.current[index] = element;
                  }}
                  size="xs"
                  variant="ghost"
                  tabIndex={index === toolIndex ? 0 : -1}
                  aria-label={t(`articleEditor.${action}`)}
                  aria-keyshortcuts={
                    shortcuts[action] ? shortcuts[action].replace('mod', 'Control') : undefined
                  }
                  title={t(`articleEditor.${action}`)}
                  onFocus={() => setToolIndex(index)}
                  onClick={() => format(action)}
                >
                  <FormatIcon action={action} />
                </IconButton>
              ))}
            </Box>
            <Textarea
              ref={textareaRef}
              css={styles.textarea}
              value={body}
              onChange={(event) => update({ title, body: event.target.value })}
            />
            <Field.HelperText>{t('articleEditor.help')}</Field.HelperText>
          </Field.Root>
        </Tabs.Content>
        <Tabs.Content value="preview">
          {body.trim() === '' ? (
            <Box css={{ ...styles.preview, ...styles.emptyPreview }}>{t('articleEditor.emptyPreview')}</Box>
          ) : (
            // Sanitized by renderArticlePreview (DOMPurify, allow-list); see markdown.ts.
            <Box
              css={styles.preview}
              data-testid="article-preview"
              dangerouslySetInnerHTML={{ __html: preview }}
            />
          )}
        </Tabs.Content>
      </Tabs.Root>
      <Box css={styles.footer}>
        <KeyboardShortcut shortcut={saveShortcut} />
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('articleEditor.cancel')}
          </Button>
        )}
        <Button colorPalette="brand" onClick={save} loading={saving} loadingText={t('articleEditor.saving')}>
          {t('articleEditor.save')}
        </Button>
      </Box>
    </Box>
  );
}
