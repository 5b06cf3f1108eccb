import { Box, Dialog, Input, Portal, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandPaletteRecipe } from '../../theme/recipes/command-palette.ts';
import { KeyboardShortcut } from '../KeyboardShortcut/KeyboardShortcut.tsx';

export interface Command {
  id: string;
  /** Translated label, also what the agent types to find it. */
  label: string;
  /** The command's own shortcut, shown as a hint. */
  shortcut?: string;
  run: () => void;
}

export interface CommandPaletteProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  commands: Command[];
}

/** Find and run any command by typing: a dialog with an ARIA combobox and its listbox. */
export function CommandPalette({ open, onOpenChange, commands }: CommandPaletteProps) {
  const { t } = useTranslation();
  return (
    // lazyMount + unmountOnExit: the search starts empty every time the palette opens.
    <Dialog.Root open={open} onOpenChange={(details) => onOpenChange(details.open)} lazyMount unmountOnExit>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner alignItems="flex-start">
          <Dialog.Content p="3">
            <Dialog.Title asChild>
              <VisuallyHidden>{t('commandPalette.title')}</VisuallyHidden>
            </Dialog.Title>
            <CommandSearch
              commands={commands}
              onRun={(command) => {
                onOpenChange(false);
                command.run();
              }}
            />
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

function CommandSearch({ commands, onRun }: { commands: Command[]; onRun: (command: Command) => void }) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: commandPaletteRecipe })();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const matches = commands.filter((command) =>
    command.label.toLowerCase().includes(query.trim().toLowerCase()),
  );
  const active = matches[activeIndex];
  const optionId = (command: Command) => `${listId}-${command.id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined && matches.length > 0) {
      event.preventDefault();
      setActiveIndex(next);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onRun(active);
    }
  };

  return (
    <>
      <Input
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={matches.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        aria-label={t('commandPalette.title')}
        placeholder={t('commandPalette.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 ? (
        <Box id={listId} role="listbox" aria-label={t('commandPalette.title')} css={styles.list}>
          {matches.map((command, index) => (
            <Box
              key={command.id}
              id={optionId(command)}
              role="option"
              aria-selected={index === activeIndex}
              css={styles.item}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => onRun(command)}
            >
              {command.label}
              {command.shortcut && <KeyboardShortcut shortcut={command.shortcut} />}
            </Box>
          ))}
        </Box>
      ) : (
        <Box role="status" css={styles.empty}>
          {t('commandPalette.noResults')}
        </Box>
      )}
    </>
  );
}
