import { Box, Button } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../icons/icons.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface ErrorStateProps {
  /** Defaults to a generic "Something went wrong" in the UI language. */
  title?: ReactNode;
  /** What happened and what it means for the agent, in plain words. */
  description?: ReactNode;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
  /** Technical detail for support tickets to IT (error code, request id), folded away by default. */
  details?: string;
}

/** Shown where content failed to load; announced to screen readers as an alert. */
export function ErrorState({ title, description, onRetry, details }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      role="alert"
      icon={<AlertIcon />}
      title={title ?? t('errorState.title')}
      description={description}
      actions={onRetry && <Button onClick={onRetry}>{t('errorState.retry')}</Button>}
      footer={
        details && (
          <details>
            <Box as="summary" cursor="pointer">
              {t('errorState.details')}
            </Box>
            {details}
          </details>
        )
      }
    />
  );
}
