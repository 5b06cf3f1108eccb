import { Box, Button, useSlotRecipe } from '@chakra-ui/react';
import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUploadRecipe } from '../../theme/recipes/file-upload.ts';
import { UploadIcon } from '../MessageThread/ticket-icons.tsx';

export interface DropZoneProps {
  onFiles: (files: File[]) => void;
  /** For the file picker's filter; validation happens in onFiles either way (a drop ignores it). */
  accept?: readonly string[];
  multiple: boolean;
  disabled: boolean;
  /** The limits in words, read out with the button. */
  hint: string;
}

// Only drags that carry files concern us: dragging text or a link over the zone keeps the browser's behaviour.
const carriesFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * Where files are dropped, with a "Choose files" button inside for the keyboard and for anyone who cannot drag.
 * The zone itself is not focusable: the button is the one control.
 */
export function DropZone({ onFiles, accept, multiple, disabled, hint }: DropZoneProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: fileUploadRecipe })();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    // Without preventDefault the browser would open the dropped file in place of the console.
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  };

  return (
    <Box
      css={styles.dropzone}
      data-part="dropzone"
      data-dragging={dragging || undefined}
      data-disabled={disabled || undefined}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        if (!disabled) onFiles([...event.dataTransfer.files]);
      }}
    >
      <Box css={styles.prompt}>
        <UploadIcon />
        <span>{dragging ? t('fileUpload.dropNow') : t('fileUpload.prompt')}</span>
        <Button
          variant="outline"
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onClick={() => input.current?.click()}
        >
          {t('fileUpload.choose')}
        </Button>
      </Box>
      {hint && (
        <Box id={hintId} css={styles.hint}>
          {hint}
        </Box>
      )}
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={accept?.join(',')}
        disabled={disabled}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // Choosing the same file again (after removing it) must fire another change.
          event.target.value = '';
        }}
      />
    </Box>
  );
}
