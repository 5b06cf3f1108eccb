import { Box, Button, Input, Switch, chakra, useSlotRecipe } from '@chakra-ui/react';
import Mention from '@tiptap/extension-mention';
import type { MentionNodeAttrs } from '@tiptap/extension-mention';
import { PluginKey } from '@tiptap/pm/state';
import { EditorContent, Extension, useEditor, useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Suggestion from '@tiptap/suggestion';
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { useId, useLayoutEffect, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../domain.ts';
import { replyEditorRecipe } from '../../theme/recipes/reply-editor.ts';
import { KeyboardShortcut } from '../KeyboardShortcut/KeyboardShortcut.tsx';
import { LinkIcon, LockIcon, NumberedListIcon, ReplyIcon } from '../MessageThread/ticket-icons.tsx';
import { isAllowedLink, sanitizeReplyHtml } from './sanitize.ts';

export interface CannedResponse {
  id: string;
  /** What the agent types after "/" to find it. */
  title: string;
  /** HTML; sanitized before it is inserted. */
  body: string;
}

export interface ReplySubmission {
  /** Sanitized HTML of the reply. */
  html: string;
  /** Plain text, e.g. for notifications. */
  text: string;
  internal: boolean;
}

export interface ReplyEditorProps {
  onSubmit: (reply: ReplySubmission) => void;
  /** Agents that `@` can mention. */
  mentionables?: Agent[];
  /** Text blocks that `/` inserts. */
  cannedResponses?: CannedResponse[];
  /** Starts as an internal note instead of a public reply. */
  defaultInternal?: boolean;
  /** Initial HTML (a draft); sanitized. */
  initialContent?: string;
  submitting?: boolean;
}

type SuggestionKind = 'mention' | 'canned';
interface OpenSuggestion {
  kind: SuggestionKind;
  items: Array<Agent | CannedResponse>;
  index: number;
  select: (item: Agent | CannedResponse) => void;
}

const toolButtons = [
  {
    id: 'bold',
    mark: 'bold',
    label: 'replyEditor.bold',
    text: 'B',
    run: (e: Editor) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    mark: 'italic',
    label: 'replyEditor.italic',
    text: 'I',
    run: (e: Editor) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'bulletList',
    mark: 'bulletList',
    label: 'replyEditor.bulletList',
    text: '•',
    run: (e: Editor) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    mark: 'orderedList',
    label: 'replyEditor.orderedList',
    // An icon, not "1.": visible text must be part of the button's accessible name, a glyph is not.
    text: <NumberedListIcon />,
    run: (e: Editor) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'code',
    mark: 'code',
    label: 'replyEditor.code',
    text: '</>',
    run: (e: Editor) => e.chain().focus().toggleCode().run(),
  },
] as const;

/**
 * Writes a reply or an internal note: bold, italic, lists, code and links; `@` mentions an agent, `/` inserts a
 * canned response; Ctrl/⌘+Enter sends. Pasted HTML is sanitized with DOMPurify before the editor sees it, and the
 * submitted HTML is sanitized again.
 */
export function ReplyEditor({
  onSubmit,
  mentionables = [],
  cannedResponses = [],
  defaultInternal = false,
  initialContent = '',
  submitting = false,
}: ReplyEditorProps) {
  const { t } = useTranslation();
  const [internal, setInternal] = useState(defaultInternal);
  const [suggestion, setSuggestion] = useState<OpenSuggestion | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [emptyError, setEmptyError] = useState(false);
  const styles = useSlotRecipe({ recipe: replyEditorRecipe })({ internal });
  const listId = useId();
  const hintId = useId();

  const submit = (target: Editor) => {
    if (submitting) return;
    if (target.isEmpty) {
      setEmptyError(true);
      return;
    }
    onSubmit({ html: sanitizeReplyHtml(target.getHTML()), text: target.getText(), internal });
    target.commands.clearContent(true);
  };

  // The editor is created once; its extensions reach the latest props through this bridge, updated after render.
  const [bridge] = useState(() => new Bridge({ mentionables, cannedResponses, submit, setSuggestion }));
  useLayoutEffect(() => bridge.update({ mentionables, cannedResponses, submit }));

  // Tiptap applies these options again whenever the component re-renders, so the editor element's accessible name
  // and its suggestion state are given here, every render, rather than set once from an effect (a later re-render
  // would put the initial attributes back).
  const editor = useEditor({
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    content: sanitizeReplyHtml(initialContent),
    extensions: createReplyExtensions(bridge),
    editorProps: {
      // Pasted HTML is cleaned before ProseMirror parses it: no handler attributes, scripts or unsafe links.
      transformPastedHTML: (html) => sanitizeReplyHtml(html),
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-describedby': hintId,
        'aria-label': internal ? t('replyEditor.noteLabel') : t('replyEditor.label'),
        ...(suggestion ? { 'aria-controls': listId, 'aria-expanded': 'true' } : {}),
        ...(suggestion
          ? { 'aria-activedescendant': `${listId}-${suggestion.index}`, 'aria-autocomplete': 'list' }
          : {}),
      },
    },
    onUpdate: () => setEmptyError(false),
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      code: current.isActive('code'),
      link: current.isActive('link'),
      href: (current.getAttributes('link')['href'] as string | undefined) ?? '',
    }),
  });

  const toolbar = (
    <Box
      role="toolbar"
      aria-label={t('replyEditor.toolbar')}
      css={styles.toolbar}
      onKeyDown={rovingToolbarKeys}
    >
      {toolButtons.map((button, position) => (
        <chakra.button
          key={button.id}
          type="button"
          css={styles.toolButton}
          aria-label={t(button.label)}
          title={t(button.label)}
          aria-pressed={active[button.mark]}
          tabIndex={position === 0 ? 0 : -1}
          onClick={() => button.run(editor)}
        >
          <span aria-hidden>{button.text}</span>
        </chakra.button>
      ))}
      <chakra.button
        type="button"
        css={styles.toolButton}
        aria-label={t('replyEditor.link')}
        title={t('replyEditor.link')}
        aria-pressed={active.link}
        aria-expanded={linkOpen}
        tabIndex={-1}
        onClick={() => setLinkOpen((open) => !open)}
      >
        <LinkIcon />
      </chakra.button>
    </Box>
  );

  return (
    <Box css={styles.root} data-internal={internal || undefined}>
      <Box css={styles.header}>
        <Box css={styles.modeLabel}>
          {internal ? <LockIcon /> : <ReplyIcon />}
          {internal ? t('replyEditor.internalToggle') : t('replyEditor.label')}
        </Box>
        {toolbar}
        <Switch.Root
          size="sm"
          checked={internal}
          onCheckedChange={(details) => setInternal(details.checked)}
          display="inline-flex"
          alignItems="center"
          gap="1.5"
        >
          <Switch.HiddenInput />
          <Switch.Control />
          <Switch.Label textStyle="caption">{t('replyEditor.internalToggle')}</Switch.Label>
        </Switch.Root>
      </Box>
      {linkOpen && (
        <LinkForm
          css={styles.linkForm}
          errorCss={styles.error}
          initial={active.href}
          onApply={(href) => {
            editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            setLinkOpen(false);
          }}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkOpen(false);
          }}
          onCancel={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      )}
      <Box css={styles.content}>
        <EditorContent editor={editor} />
      </Box>
      {suggestion && (
        <Box
          id={listId}
          role="listbox"
          aria-label={
            suggestion.kind === 'mention' ? t('replyEditor.mentions') : t('replyEditor.cannedResponses')
          }
          css={styles.suggestions}
        >
          {suggestion.items.length === 0 ? (
            <Box css={styles.suggestion} role="option" aria-selected={false} aria-disabled>
              {t('replyEditor.noMatches')}
            </Box>
          ) : (
            suggestion.items.map((item, index) => (
              <Box
                key={item.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === suggestion.index}
                css={styles.suggestion}
                onMouseDown={(event) => {
                  event.preventDefault();
                  suggestion.select(item);
                }}
              >
                {'name' in item ? item.name : item.title}
              </Box>
            ))
          )}
        </Box>
      )}
      <Box css={styles.footer}>
        <Box id={hintId} css={styles.hint}>
          {internal ? t('replyEditor.internalHint') : null} {t('replyEditor.submitHint')}{' '}
          <KeyboardShortcut shortcut="mod+enter" />
        </Box>
        {emptyError && (
          <Box role="alert" css={styles.error}>
            {t('replyEditor.empty')}
          </Box>
        )}
        <Button
          marginStart="auto"
          colorPalette={internal ? 'gray' : 'brand'}
          variant={internal ? 'outline' : 'solid'}
          loading={submitting}
          loadingText={internal ? t('replyEditor.sendNote') : t('replyEditor.send')}
          onClick={() => submit(editor)}
        >
          {internal ? <LockIcon /> : null}
          {internal ? t('replyEditor.sendNote') : t('replyEditor.send')}
        </Button>
      </Box>
    </Box>
  );
}

/** What the editor's extensions (created once) need from the latest render. */
interface ReplyBridge {
  mentionables: Agent[];
  cannedResponses: CannedResponse[];
  submit: (editor: Editor) => void;
  setSuggestion: (suggestion: OpenSuggestion | null) => void;
}

/** A mutable box the extensions read from; updated in a layout effect after every render. */
class Bridge {
  current: ReplyBridge;
  constructor(initial: ReplyBridge) {
    this.current = initial;
  }
  update(next: Omit<ReplyBridge, 'setSuggestion'>): void {
    this.current = { ...this.current, ...next };
  }
}

/** The editor's extensions; they read props and callbacks through the bridge, so they are created only once. */
function createReplyExtensions(bridge: Bridge) {
  return [
    StarterKit.configure({
      heading: false,
      horizontalRule: false,
      blockquote: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLink(url),
      },
    }),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      suggestion: suggestionOptions<Agent, MentionNodeAttrs>(bridge, 'mention', '@', (query) =>
        bridge.current.mentionables
          .filter((agent) => agent.name.toLowerCase().includes(query.toLowerCase()))
          .slice(0, 8),
      ),
    }),
    Extension.create({
      name: 'cannedResponses',
      addProseMirrorPlugins() {
        return [
          Suggestion<CannedResponse, CannedResponse>({
            editor: this.editor,
            pluginKey: new PluginKey('cannedResponses'),
            ...suggestionOptions<CannedResponse, CannedResponse>(bridge, 'canned', '/', (query) =>
              bridge.current.cannedResponses
                .filter((response) => response.title.toLowerCase().includes(query.toLowerCase()))
                .slice(0, 8),
            ),
            command: ({ editor: target, range, props }) => {
              target.chain().focus().deleteRange(range).insertContent(sanitizeReplyHtml(props.body)).run();
            },
          }),
        ];
      },
    }),
    Extension.create({
      name: 'submitShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-Enter': ({ editor: target }) => {
            bridge.current.submit(target as Editor);
            return true;
          },
        };
      },
    }),
  ];
}

/** Wires a Tiptap suggestion (mention or slash command) to the React list below the editor. */
function suggestionOptions<Item extends Agent | CannedResponse, Selected>(
  bridge: Bridge,
  kind: SuggestionKind,
  char: string,
  items: (query: string) => Item[],
): Omit<SuggestionOptions<Item, Selected>, 'editor'> {
  let current: SuggestionProps<Item, Selected> | null = null;
  let index = 0;
  // A mention stores the agent's id and name; a canned response hands itself to its command.
  const select = (props: SuggestionProps<Item, Selected>, item: Agent | CannedResponse) =>
    props.command((kind === 'mention' ? { id: item.id, label: (item as Agent).name } : item) as Selected);
  const show = () => {
    if (!current) return;
    const props = current;
    bridge.current.setSuggestion({ kind, items: props.items, index, select: (item) => select(props, item) });
  };
  return {
    char,
    items: ({ query }) => items(query),
    render: () => ({
      onStart: (props) => {
        current = props;
        index = 0;
        show();
      },
      onUpdate: (props) => {
        current = props;
        index = Math.min(index, Math.max(props.items.length - 1, 0));
        show();
      },
      onExit: () => {
        current = null;
        bridge.current.setSuggestion(null);
      },
      onKeyDown: ({ event }: SuggestionKeyDownProps) => {
        if (!current) return false;
        const count = current.items.length;
        if (event.key === 'Escape') {
          current = null;
          bridge.current.setSuggestion(null);
          return true;
        }
        if (count === 0) return false;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          index = (index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
          show();
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const item = current.items[index];
          if (item) select(current, item);
          return true;
        }
        return false;
      },
    }),
  };
}

/** Arrow keys move between toolbar buttons (one tab stop for the whole toolbar). */
function rovingToolbarKeys(event: KeyboardEvent<HTMLElement>) {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const current = buttons.indexOf(event.target as HTMLButtonElement);
  if (current < 0) return;
  event.preventDefault();
  const last = buttons.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowRight'
          ? (current + 1) % buttons.length
          : (current + last) % buttons.length;
  buttons.forEach((button, index) => (button.tabIndex = index === next ? 0 : -1));
  buttons[next]?.focus();
}

function LinkForm({
  css,
  errorCss,
  initial,
  onApply,
  onRemove,
  onCancel,
}: {
  css: object;
  errorCss: object;
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [href, setHref] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const apply = () => {
    if (!isAllowedLink(href)) {
      setInvalid(true);
      return;
    }
    onApply(href.trim());
  };
  return (
    <Box css={css} flexWrap="wrap">
      <Input
        autoFocus
        aria-label={t('replyEditor.linkPrompt')}
        placeholder={t('replyEditor.linkPrompt')}
        value={href}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        flex="1"
        minW="48"
        onChange={(event) => {
          setHref(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <Button variant="outline" onClick={apply}>
        {t('replyEditor.linkApply')}
      </Button>
      {initial && (
        <Button variant="ghost" onClick={onRemove}>
          {t('replyEditor.linkRemove')}
        </Button>
      )}
      {invalid && (
        <Box id={errorId} role="alert" css={errorCss} flexBasis="full">
          {t('replyEditor.linkInvalid')}
        </Box>
      )}
    </Box>
  );
}
