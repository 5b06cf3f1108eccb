import { Box, Button, useSlotRecipe } from '@chakra-ui/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon, ClockIcon } from '../../icons/icons.tsx';
import { fileUploadRecipe } from '../../theme/recipes/file-upload.ts';
import { formatFileSize } from '../MessageThread/MessageThread.tsx';
import { useIntlLocale } from '../MessageThread/RelativeTime.tsx';
import { CloseIcon, UploadIcon } from '../MessageThread/ticket-icons.tsx';
import type { FileUploadStatus, UploadItem } from './upload-queue.ts';

const statusIcons = {
  queued: ClockIcon,
  uploading: UploadIcon,
  done: CheckIcon,
  failed: AlertIcon,
  removed: CloseIcon,
} satisfies Record<FileUploadStatus, unknown>;

export interface FileRowProps {
  item: UploadItem<unknown>;
  disabled: boolean;
  onRemove: () => void;
  onRestore: () => void;
  onRetry: () => void;
}

/** One chosen file: name, size, state in words and icon, a progress bar while it uploads, and its actions. */
export function FileRow({ item, disabled, onRemove, onRestore, onRetry }: FileRowProps) {
  const { t } = useTranslation();
  const intlLocale = useIntlLocale();
  const styles = useSlotRecipe({ recipe: fileUploadRecipe })({ status: item.status });
  // Removing turns this button into "Undo" and back: the same element, so keyboard focus stays on it.
  const mainAction = useRef<HTMLButtonElement>(null);
  const { file, status } = item;
  const name = file.name;
  const removed = status === 'removed';
  const StatusIcon = statusIcons[status];
  const percent = file.size > 0 ? Math.round((item.loaded / file.size) * 100) : 0;
  const progressText = t('fileUpload.progressValue', {
    percent: new Intl.NumberFormat(intlLocale, { style: 'percent' }).format(percent / 100),
    loaded: formatFileSize(item.loaded, intlLocale),
    total: formatFileSize(file.size, intlLocale),
  });

  return (
    <Box as="li" css={styles.item} data-status={status}>
      <StatusIcon css={styles.icon} />
      <Box css={styles.name}>{name}</Box>
      <Box css={styles.actions}>
        {status === 'failed' && (
          <Button
            variant="outline"
            size="xs"
            disabled={disabled}
            aria-label={t('fileUpload.retryLabel', { name })}
            onClick={() => {
              onRetry();
              // The retry button goes away with the failure; keep focus in the row.
              mainAction.current?.focus();
            }}
          >
            {t('fileUpload.retry')}
          </Button>
        )}
        <Button
          ref={mainAction}
          variant={removed ? 'outline' : 'ghost'}
          size="xs"
          disabled={disabled}
          aria-label={removed ? t('fileUpload.undoLabel', { name }) : t('fileUpload.remove', { name })}
          onClick={removed ? onRestore : onRemove}
        >
          {removed ? t('fileUpload.undo') : <CloseIcon />}
        </Button>
      </Box>
      <Box css={styles.meta}>
        <span>{formatFileSize(file.size, intlLocale)}</span>
        <Box as="span" css={styles.status}>
          {t(`fileUpload.status.${status}`)}
        </Box>
        {status === 'uploading' && (
          <Box as="span" css={styles.progressText}>
            {progressText}
          </Box>
        )}
      </Box>
      {status === 'uploading' && (
        <Box
          css={styles.track}
          role="progressbar"
          aria-label={t('fileUpload.progress', { name })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={progressText}
        >
          <Box css={styles.range} style={{ width: `${percent}%` }} />
        </Box>
      )}
    </Box>
  );
}
