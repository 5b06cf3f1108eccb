import { Box, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../icons/icons.tsx';
import { fileUploadRecipe } from '../../theme/recipes/file-upload.ts';
import { useIntlLocale } from '../MessageThread/RelativeTime.tsx';
import { DropZone } from './DropZone.tsx';
import { FileRow } from './FileRow.tsx';
import { checkFiles } from './file-rules.ts';
import type { FileRefusal, FileRules } from './file-rules.ts';
import { describeRefusal, describeRules, quotedList } from './messages.ts';
import { UploadQueue } from './upload-queue.ts';
import type { UploadFn, UploadItem, UploadQueueHandlers, UploadedFile } from './upload-queue.ts';

export interface FileUploadProps<Result> extends FileRules {
  /**
   * Uploads one file and resolves with what the caller needs later (e.g. the server's attachment id). Call
   * `onProgress` with the bytes sent so far; abort when `signal` fires (the agent removed the file).
   */
  upload: UploadFn<Result>;
  /** The files uploaded so far, in list order, each time that set changes. */
  onChange?: (uploaded: UploadedFile<Result>[]) => void;
  /** How many files upload at once; the others wait. 2 by default. */
  concurrency?: number;
  /** Takes no new files and locks remove, retry and undo; uploads already running finish. */
  disabled?: boolean;
  /** Accessible name of the whole control; "Attachments" by default. */
  label?: string;
}

interface Refused {
  refusals: FileRefusal[];
  /** Counts add attempts, so the same refusal twice is announced twice. */
  attempt: number;
}

const activeTotals = (items: readonly UploadItem<unknown>[]) => {
  const active = items.filter((item) => item.status !== 'removed');
  return { count: active.length, totalSize: active.reduce((sum, item) => sum + item.file.size, 0) };
};

/**
 * Attachments for replies and tickets. Files come by drag and drop or from the "Choose files" button, are checked
 * against the size, type and count limits (each refusal names the file and the limit), then upload through the
 * caller's `upload` — the component does no network I/O itself. Each file shows its size, state and progress and
 * can be removed (which aborts its upload) or restored; failed uploads can be retried. Additions, removals,
 * finished and failed uploads are announced to screen readers.
 *
 * ```tsx
 * <FileUpload
 *   maxFileSize={10 * 1024 * 1024}
 *   maxTotalSize={25 * 1024 * 1024}
 *   maxFiles={5}
 *   accept={['image/*', '.pdf', '.txt']}
 *   upload={(file, onProgress, signal) => api.uploadAttachment(file, { onProgress, signal })}
 *   onChange={(uploaded) => setAttachmentIds(uploaded.map(({ result }) => result.id))}
 * />
 * ```
 */
export function FileUpload<Result>({
  upload,
  onChange,
  concurrency = 2,
  disabled = false,
  label,
  ...rules
}: FileUploadProps<Result>) {
  const { t } = useTranslation();
  const intlLocale = useIntlLocale();
  const styles = useSlotRecipe({ recipe: fileUploadRecipe })();
  const [announcement, setAnnouncement] = useState('');
  const [refused, setRefused] = useState<Refused>({ refusals: [], attempt: 0 });

  const handlers: UploadQueueHandlers<Result> = {
    upload,
    concurrency,
    onUploadedChange: (uploaded) => onChange?.(uploaded),
    onSettled: ({ status, file }) =>
      setAnnouncement(
        status === 'done'
          ? t('fileUpload.announce.done', { name: file.name })
          : t('fileUpload.announce.failed', { name: file.name }),
      ),
  };
  const [queue] = useState(() => new UploadQueue(handlers));
  useLayoutEffect(() => queue.configure(handlers));
  useEffect(() => () => queue.abortAll(), [queue]);
  const items = useSyncExternalStore(queue.subscribe, queue.getSnapshot);

  const refuse = (refusals: FileRefusal[]) =>
    setRefused(({ attempt }) => ({ refusals, attempt: attempt + 1 }));

  const add = (files: File[]) => {
    if (disabled || files.length === 0) return;
    const { accepted, refused: refusals } = checkFiles(files, rules, activeTotals(items));
    refuse(refusals);
    if (accepted.length === 0) return;
    queue.add(accepted);
    setAnnouncement(
      t('fileUpload.announce.added', {
        count: accepted.length,
        names: quotedList(
          accepted.map((file) => file.name),
          t,
          intlLocale,
        ),
      }),
    );
  };

  const restore = (item: UploadItem<Result>) => {
    // The file passed once, but others may have taken its place under the count and total limits since.
    const { refused: refusals } = checkFiles([item.file], rules, activeTotals(items));
    refuse(refusals);
    if (refusals.length > 0) return;
    queue.restore(item.id);
    setAnnouncement(t('fileUpload.announce.restored', { name: item.file.name }));
  };

  return (
    <Box css={styles.root} role="group" aria-label={label ?? t('fileUpload.label')}>
      <DropZone
        onFiles={add}
        accept={rules.accept}
        multiple={rules.maxFiles !== 1}
        disabled={disabled}
        hint={describeRules(rules, t, intlLocale)}
      />
      <Box role="alert">
        {refused.refusals.length > 0 && (
          <Box as="ul" key={refused.attempt} css={styles.errors}>
            {refused.refusals.map((refusal, index) => (
              <Box as="li" key={index} css={styles.error}>
                <AlertIcon />
                {describeRefusal(refusal, t, intlLocale)}
              </Box>
            ))}
          </Box>
        )}
      </Box>
      {items.length > 0 && (
        <Box as="ul" css={styles.list} aria-label={t('fileUpload.files')}>
          {items.map((item) => (
            <FileRow
              key={item.id}
              item={item}
              disabled={disabled}
              onRemove={() => {
                queue.remove(item.id);
                setAnnouncement(t('fileUpload.announce.removed', { name: item.file.name }));
              }}
              onRestore={() => restore(item)}
              onRetry={() => queue.retry(item.id)}
            />
          ))}
        </Box>
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Box>
  );
}
