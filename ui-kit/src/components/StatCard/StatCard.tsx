import { Box, Skeleton, VisuallyHidden, chakra, useLocaleContext, useSlotRecipe } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { TrendDownIcon, TrendFlatIcon, TrendUpIcon } from '../../icons/icons.tsx';
import { statCardRecipe } from '../../theme/recipes/stat-card.ts';

export type ChangeDirection = 'up' | 'down' | 'flat';

export interface StatCardProps {
  /** What is counted, e.g. "Gelöste Tickets". */
  label: string;
  value: number;
  /** How to format numbers, e.g. `{ style: 'percent' }` or `{ style: 'unit', unit: 'minute' }`. */
  format?: Intl.NumberFormatOptions;
  /** The same figure for the previous period; the card shows the relative change. */
  previous?: number;
  /** The previous period in words, e.g. "Vorwoche". */
  comparisonLabel?: string;
  /** Which way is good: up for solved tickets, down for response times, neutral for plain volume. */
  goodDirection?: 'up' | 'down' | 'neutral';
  /** Values over time, oldest first, drawn as a sparkline. */
  trend?: number[];
  loading?: boolean;
}

/** Relative change and its direction; changes under half a percent count as flat. */
export function relativeChange(
  value: number,
  previous: number,
): { ratio: number; direction: ChangeDirection } {
  const ratio = previous === 0 ? 0 : (value - previous) / Math.abs(previous);
  const direction: ChangeDirection = Math.abs(ratio) < 0.005 ? 'flat' : ratio > 0 ? 'up' : 'down';
  return { ratio, direction };
}

const directionIcon = { up: TrendUpIcon, down: TrendDownIcon, flat: TrendFlatIcon };

/** SVG points for a sparkline in a 100×32 box; a constant series is drawn in the middle. */
export function sparklinePoints(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  const step = values.length > 1 ? 100 / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const y = span === 0 ? 16 : 30 - ((value - min) / span) * 28;
      return `${(index * step).toFixed(2)},${y.toFixed(2)}`;
    })
    .join(' ');
}

/**
 * A key figure: label, value, the change against the previous period (arrow and words; green when it moves the
 * good way, red when the bad way) and a sparkline whose first and last values are spoken.
 */
export function StatCard({
  label,
  value,
  format,
  previous,
  comparisonLabel,
  goodDirection = 'up',
  trend,
  loading = false,
}: StatCardProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const formatValue = (number: number) => new Intl.NumberFormat(locale, format).format(number);
  const change = previous === undefined ? undefined : relativeChange(value, previous);
  const tone =
    !change || change.direction === 'flat' || goodDirection === 'neutral'
      ? 'neutral'
      : (change.direction === 'up') === (goodDirection === 'up')
        ? 'positive'
        : 'negative';
  const styles = useSlotRecipe({ recipe: statCardRecipe })({ tone });
  const percent = change
    ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        Math.abs(change.ratio),
      )
    : '';
  const DirectionIcon = change ? directionIcon[change.direction] : TrendFlatIcon;

  return (
    <Box css={styles.root} aria-busy={loading || undefined} data-tone={tone}>
      <Box css={styles.label}>{label}</Box>
      {loading ? (
        <Skeleton css={styles.value} h="8" w="24" />
      ) : (
        <Box css={styles.value}>{formatValue(value)}</Box>
      )}
      {change && !loading && (
        <Box css={styles.change} data-direction={change.direction}>
          <DirectionIcon />
          <span>
            {change.direction === 'flat'
              ? t('statCard.flat')
              : t(`statCard.${change.direction}`, { change: percent })}
            {tone !== 'neutral' && (
              <VisuallyHidden>{`, ${t(`statCard.${tone === 'positive' ? 'better' : 'worse'}`)}`}</VisuallyHidden>
            )}
          </span>
          {comparisonLabel && (
            <chakra.span css={styles.comparison}>
              {t('statCard.comparison', { period: comparisonLabel })}
            </chakra.span>
          )}
        </Box>
      )}
      {trend && trend.length > 1 && !loading && (
        <chakra.svg
          css={styles.sparkline}
          viewBox="0 0 100 32"
          preserveAspectRatio="none"
          role="img"
          aria-label={t('statCard.trend', {
            first: formatValue(trend[0] ?? 0),
            last: formatValue(trend.at(-1) ?? 0),
            count: trend.length,
          })}
        >
          <polyline
            points={sparklinePoints(trend)}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        </chakra.svg>
      )}
    </Box>
  );
}
