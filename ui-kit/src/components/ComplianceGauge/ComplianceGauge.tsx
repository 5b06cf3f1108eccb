import { Box, chakra, useLocaleContext, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon } from '../../icons/icons.tsx';
import { complianceGaugeRecipe } from '../../theme/recipes/compliance-gauge.ts';

export type ComplianceState = 'met' | 'at_risk' | 'breached';

export interface ComplianceGaugeProps {
  /** Share of tickets that met their SLA, 0–1. */
  value: number;
  /** The agreed target, 0–1, e.g. 0.95. */
  target: number;
  /** How far below target still counts as "just below"; 0.02 (two points) by default. */
  atRiskMargin?: number;
  /** Tickets within SLA and in total, shown as "964 of 1,000 tickets". */
  met?: number;
  total?: number;
  /** Defaults to "SLA compliance". */
  label?: string;
}

export function complianceState(value: number, target: number, atRiskMargin = 0.02): ComplianceState {
  if (value >= target) return 'met';
  return value >= target - atRiskMargin ? 'at_risk' : 'breached';
}

// A half circle of radius 40 centred at (50, 50) in a 100×56 box, from the left (0 %) to the right (100 %).
const arcPath = 'M 10 50 A 40 40 0 0 1 90 50';
const clamp = (ratio: number) => Math.min(1, Math.max(0, ratio));
const pointAt = (ratio: number, radius: number) => {
  const angle = Math.PI * (1 - clamp(ratio));
  return { x: 50 + radius * Math.cos(angle), y: 50 - radius * Math.sin(angle) };
};

/**
 * SLA compliance as a meter: a half-ring filled to the share of tickets within SLA, a tick at the target, the
 * percentage in the middle and the verdict in words below. Screen readers get a `meter` with the full sentence.
 */
export function ComplianceGauge({ value, target, atRiskMargin, met, total, label }: ComplianceGaugeProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const state = complianceState(value, target, atRiskMargin);
  const styles = useSlotRecipe({ recipe: complianceGaugeRecipe })({ state });
  const percent = (ratio: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  const name = label ?? t('complianceGauge.label');
  const tickInner = pointAt(target, 33);
  const tickOuter = pointAt(target, 47);
  const StateIcon = state === 'met' ? CheckIcon : AlertIcon;
  const number = (count: number) => new Intl.NumberFormat(locale).format(count);
  const tickets =
    met !== undefined && total !== undefined
      ? t('complianceGauge.tickets', { met: number(met), total: number(total) })
      : undefined;
  // A meter's content is presentational, so everything shown is also in its value text.
  const valueText = [
    t('complianceGauge.valueText', { value: percent(value), target: percent(target) }),
    t(`complianceGauge.state.${state}`),
    tickets,
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <Box
      css={styles.root}
      role="meter"
      aria-label={name}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamp(value) * 1000) / 10}
      aria-valuetext={valueText}
      data-state={state}
    >
      <Box css={styles.label} aria-hidden>
        {name}
      </Box>
      <Box css={styles.dial} aria-hidden>
        <svg viewBox="0 0 100 56" width="100%" height="100%" overflow="visible">
          <chakra.g css={styles.track}>
            <path d={arcPath} fill="none" stroke="currentColor" strokeWidth="10" />
          </chakra.g>
          {value > 0 && (
            <chakra.g css={styles.arc}>
              <path
                d={arcPath}
                fill="none"
                stroke="currentColor"
                strokeWidth="10"
                pathLength={100}
                strokeDasharray={`${clamp(value) * 100} 100`}
                data-part="arc"
              />
            </chakra.g>
          )}
          <chakra.g css={styles.target}>
            <line
              x1={tickInner.x}
              y1={tickInner.y}
              x2={tickOuter.x}
              y2={tickOuter.y}
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </chakra.g>
        </svg>
        <Box css={styles.value}>{percent(value)}</Box>
      </Box>
      <Box css={styles.state} aria-hidden>
        <StateIcon />
        {t(`complianceGauge.state.${state}`)}
      </Box>
      <Box css={styles.detail} aria-hidden>
        {t('complianceGauge.target', { target: percent(target) })}
        {tickets && <> · {tickets}</>}
      </Box>
    </Box>
  );
}
