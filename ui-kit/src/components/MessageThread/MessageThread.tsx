import { Box, VisuallyHidden, chakra, useSlotRecipe } from '@chakra-ui/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../domain.ts';
import { messageThreadRecipe } from '../../theme/recipes/message-thread.ts';
import { sanitizeReplyHtml } from '../ReplyEditor/sanitize.ts';
import { UserChip } from '../UserChip/UserChip.tsx';
import { RelativeTime, useIntlLocale } from './RelativeTime.tsx';
import type { Instant } from './RelativeTime.tsx';
import { LockIcon, PaperclipIcon, ReplyIcon } from './ticket-icons.tsx';

export interface Attachment {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  url: string;
}

export interface ThreadMessage {
  id: string;
  kind: 'public' | 'internal';
  author: { name: string; role: 'agent' | 'customer'; presence?: Presence };
  /** HTML from the API; sanitized again before it is shown. */
  bodyHtml: string;
  createdAt: Instant;
  attachments?: Attachment[];
}

export interface MessageThreadProps {
  messages: ThreadMessage[];
  /** For stable screenshots and tests; the browser's zone otherwise. */
  timeZone?: string;
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "1,4 MB" / "1.4 MB" in the UI language. */
export function formatFileSize(bytes: number, intlLocale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/**
 * A ticket's conversation, oldest first. Internal notes are set apart from public replies by icon, wording, a
 * dashed border and an indent, not by colour alone; each message shows its relative and absolute time.
 */
export function MessageThread({ messages, timeZone }: MessageThreadProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: messageThreadRecipe });
  const base = styles();
  if (messages.length === 0) return <Box css={base.empty}>{t('messageThread.empty')}</Box>;
  return (
    <Box as="ol" css={base.root} aria-label={t('messageThread.label')}>
      {messages.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          styles={styles({ kind: message.kind })}
          timeZone={timeZone}
        />
      ))}
    </Box>
  );
}

function MessageItem({
  message,
  styles,
  timeZone,
}: {
  message: ThreadMessage;
  styles: ReturnType<ReturnType<typeof useSlotRecipe>>;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const intlLocale = useIntlLocale();
  const headingId = useId();
  const internal = message.kind === 'internal';
  const kindLabel = internal ? t('messageThread.internal') : t('messageThread.public');
  return (
    <li data-kind={message.kind}>
      <Box as="article" css={styles['message']} aria-labelledby={headingId}>
        <Box css={styles['header']}>
          <UserChip name={message.author.name} presence={message.author.presence} size="sm" />
          <Box id={headingId} css={styles['kind']}>
            <VisuallyHidden>{message.author.name}: </VisuallyHidden>
            {internal ? <LockIcon /> : <ReplyIcon />}
            {kindLabel}
          </Box>
          {internal && <Box css={styles['audience']}>{t('messageThread.internalHint')}</Box>}
          <Box css={styles['time']}>
            <RelativeTime at={message.createdAt} mode="both" timeZone={timeZone} />
          </Box>
        </Box>
        <Box css={styles['body']} dangerouslySetInnerHTML={{ __html: sanitizeReplyHtml(message.bodyHtml) }} />
        {message.attachments && message.attachments.length > 0 && (
          <Box as="ul" css={styles['attachments']} aria-label={t('messageThread.attachments')}>
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <chakra.a href={attachment.url} download={attachment.name} css={styles['attachment']}>
                  <PaperclipIcon />
                  {t('messageThread.attachment', {
                    name: attachment.name,
                    size: formatFileSize(attachment.size, intlLocale),
                  })}
                </chakra.a>
              </li>
            ))}
          </Box>
        )}
      </Box>
    </li>
  );
}
