import { chakra } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../clock/use-now.tsx';
import type { SlaState } from '../../domain.ts';
import { AlertIcon, CheckIcon, ClockIcon, PauseIcon } from '../../icons/icons.tsx';
import { slaTimerRecipe } from '../../theme/recipes/domain-badges.ts';
import { formatDuration } from './format-duration.ts';
import { slaStatus } from './sla-status.ts';
import type { SlaTarget } from './sla-status.ts';

const Timer = chakra('span', slaTimerRecipe);

// State is shown by icon and wording too, never by colour alone.
const stateIcon: Record<SlaState, typeof ClockIcon> = {
  ok: ClockIcon,
  at_risk: AlertIcon,
  breached: AlertIcon,
  paused: PauseIcon,
  met: CheckIcon,
};

export interface SLATimerProps extends SlaTarget {
  /** How long before `dueAt` the timer turns "at risk"; 30 minutes by default. */
  atRiskWithinMs?: number;
  size?: 'sm' | 'md';
}

/**
 * Time left on an SLA target, counting down live from the page's shared clock. Screen readers get the full
 * sentence ("SLA at risk: 12 min remaining"); the role is `timer`, which does not announce every tick.
 */
export function SLATimer({ atRiskWithinMs, size, ...target }: SLATimerProps) {
  const { t } = useTranslation();
  const now = useNow();
  const { state, remainingMs } = slaStatus(target, now, atRiskWithinMs);
  const time = formatDuration(remainingMs, t);
  const StateIcon = stateIcon[state];
  return (
    <Timer
      role="timer"
      aria-label={t(`sla.long.${state}`, { time })}
      state={state}
      size={size}
      data-state={state}
    >
      <StateIcon boxSize="3" />
      {t(`sla.short.${state}`, { time })}
    </Timer>
  );
}
