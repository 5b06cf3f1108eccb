import { Box, VisuallyHidden, chakra, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '../../domain.ts';
import { ticketCardRecipe } from '../../theme/recipes/ticket-card.ts';
import { EntityBadge } from '../EntityBadge/EntityBadge.tsx';
import { RelativeTime } from '../MessageThread/RelativeTime.tsx';
import { PriorityBadge } from '../PriorityBadge/PriorityBadge.tsx';
import { SLATimer } from '../SLATimer/SLATimer.tsx';
import { StatusBadge } from '../StatusBadge/StatusBadge.tsx';
import { UserChip } from '../UserChip/UserChip.tsx';

export interface TicketCardProps {
  ticket: TicketSummary;
  onOpen: (ticket: TicketSummary) => void;
  /** Highlights the card, e.g. the ticket open in the side panel. */
  selected?: boolean;
  /** The heading level of the subject in the surrounding page; 3 by default. */
  headingLevel?: 2 | 3 | 4;
}

/** One ticket as a card. The subject is a button covering the card: one click target, one tab stop. */
export function TicketCard({ ticket, onOpen, selected = false, headingLevel = 3 }: TicketCardProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: ticketCardRecipe })();
  return (
    <Box
      as="article"
      css={styles.root}
      aria-current={selected || undefined}
      data-selected={selected || undefined}
    >
      <Box css={styles.top}>
        <Box as="span" css={styles.number}>
          {ticket.number}
        </Box>
        <EntityBadge entity={ticket.entity} />
        <StatusBadge status={ticket.status} />
        <PriorityBadge priority={ticket.priority} />
      </Box>
      <Box as={`h${headingLevel}`} m="0">
        <chakra.button
          type="button"
          css={styles.subject}
          onClick={() => onOpen(ticket)}
          aria-label={t('ticketCard.open', { number: ticket.number, title: ticket.title })}
        >
          {ticket.title}
        </chakra.button>
      </Box>
      <Box css={styles.meta}>
        <span>{t('ticketCard.requester', { name: ticket.requester })}</span>
        <span aria-hidden>·</span>
        <span>
          <VisuallyHidden>{t('ticketCard.updated')}: </VisuallyHidden>
          <RelativeTime at={ticket.updatedAt} />
        </span>
        {ticket.sla && <SLATimer {...ticket.sla} />}
      </Box>
      <Box css={styles.meta}>
        <VisuallyHidden>{t('ticketCard.assignee')}: </VisuallyHidden>
        {ticket.assignee ? (
          <UserChip name={ticket.assignee.name} presence={ticket.assignee.presence} size="sm" />
        ) : (
          <span>{t('ticketCard.unassigned')}</span>
        )}
        {ticket.tags && ticket.tags.length > 0 && (
          <Box as="ul" css={styles.tags} aria-label={t('ticketCard.tags')}>
            {ticket.tags.map((tag) => (
              <Box as="li" key={tag} css={styles.tag}>
                #{tag}
              </Box>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
