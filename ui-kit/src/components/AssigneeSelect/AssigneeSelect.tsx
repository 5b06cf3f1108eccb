import { Box, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../domain.ts';
import { assigneeSelectRecipe } from '../../theme/recipes/assignee-select.ts';
import { SearchSelect } from '../SearchSelect/SearchSelect.tsx';
import { UserChip } from '../UserChip/UserChip.tsx';
import { searchAgents } from './assignees.ts';

export interface AssigneeSelectProps {
  agents: Agent[];
  /** An agent's id; `null` for "Unassigned"; absent: nothing chosen, the placeholder shows. */
  value?: string | null;
  onChange: (agentId: string | null) => void;
  /** Offers "Unassigned" (`null`) as the first option; on by default. */
  allowUnassigned?: boolean;
  /** Visible label; "Assignee" in the UI language by default. */
  label?: string;
  /** Shown while nothing is chosen; "Choose an agent" by default. */
  placeholder?: string;
  loading?: boolean;
  /** The agents could not be loaded. */
  error?: boolean;
  onRetry?: () => void;
}

/**
 * Picks the agent a ticket goes to, or "Unassigned". The panel searches names and teams and shows each agent's
 * presence (UserChip), team and open tickets ("12 open tickets"), so work can be spread evenly. ↓/↑ open it, ↑/↓
 * move, Enter picks, Escape closes.
 *
 * ```tsx
 * <AssigneeSelect agents={agents} value={ticket.assignee?.id ?? null} onChange={assign} />
 * ```
 */
export function AssigneeSelect({
  agents,
  value,
  onChange,
  allowUnassigned = true,
  label,
  placeholder,
  loading,
  error,
  onRetry,
}: AssigneeSelectProps) {
  const { t } = useTranslation();
  const chosen = agents.find((agent) => agent.id === value);
  const styles = useSlotRecipe({ recipe: assigneeSelectRecipe })({ presence: chosen?.presence });
  const display =
    value === null && allowUnassigned ? (
      t('assigneeSelect.unassigned')
    ) : chosen ? (
      <span title={chosen.name}>
        {chosen.presence && <Box as="span" css={styles.dot} />}
        {chosen.name}
        {chosen.presence && <VisuallyHidden>, {t(`presence.${chosen.presence}`)}</VisuallyHidden>}
      </span>
    ) : undefined;

  return (
    <SearchSelect<Agent | null>
      messages="assigneeSelect"
      label={label}
      display={display}
      placeholder={placeholder}
      optionsFor={(query) => {
        const matches = searchAgents(agents, query);
        return allowUnassigned && query.trim() === '' ? [null, ...matches] : matches;
      }}
      optionKey={(agent) => agent?.id ?? 'unassigned'}
      isCurrent={(agent) => (agent === null ? value === null : agent.id === value)}
      onSelect={(agent) => onChange(agent?.id ?? null)}
      renderOption={(agent) =>
        agent === null ? (
          <Box as="span" css={styles.unassigned}>
            {t('assigneeSelect.unassigned')}
          </Box>
        ) : (
          <Box as="span" css={styles.option}>
            {/* The spaces keep the parts apart in the option's accessible name; flex layout ignores them. */}
            <UserChip name={agent.name} presence={agent.presence} size="sm" />{' '}
            {(agent.team !== undefined || agent.openTickets !== undefined) && (
              <Box as="span" css={styles.details}>
                {agent.team && <span>{agent.team}</span>}{' '}
                {agent.openTickets !== undefined && (
                  <Box as="span" css={styles.workload}>
                    {t('assigneeSelect.openTickets', { count: agent.openTickets })}
                  </Box>
                )}
              </Box>
            )}
          </Box>
        )
      }
      loading={loading}
      error={error}
      onRetry={onRetry}
    />
  );
}
