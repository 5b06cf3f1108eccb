import { useLocaleContext } from '@chakra-ui/react';
import {
  Bar,
  CartesianGrid,
  LabelList,
  Legend,
  BarChart as RechartsBarChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useChartColors } from '../ChartFrame/ChartFrame.tsx';
import type { ChartCommonProps, ChartSeries } from '../ChartFrame/ChartFrame.tsx';

export interface BarDatum {
  /** Stable id of the category, e.g. a category slug. */
  key: string;
  /** The category as the agent reads it, e.g. "Abrechnung". */
  label: string;
  values: Record<string, number>;
}

export interface BarChartProps extends ChartCommonProps {
  data: BarDatum[];
  series: ChartSeries[];
  /**
   * `bars` (default) run sideways with the category written before each — room for long German names; `columns`
   * stand upright, for few short categories.
   */
  orientation?: 'bars' | 'columns';
  /** Several series stacked into one bar instead of side by side. */
  stacked?: boolean;
  valueFormat?: Intl.NumberFormatOptions;
  /** Heading of the category column in the data table; "Category" by default. */
  categoryLabel?: string;
}

/** Values per category (tickets per category, per agent, per brand) with its data table as text alternative. */
export function BarChart({
  data,
  series,
  orientation = 'bars',
  stacked = false,
  valueFormat,
  categoryLabel,
  ...common
}: BarChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const colors = useChartColors();
  const formatValue = (value: number) => new Intl.NumberFormat(locale, valueFormat).format(value);
  const bars = orientation === 'bars';
  const height = common.height ?? Math.max(160, data.length * (stacked ? 36 : 28 * series.length + 12) + 48);
  const size = common.width
    ? { width: common.width, height }
    : { style: { width: '100%', height }, responsive: true };
  const value = (key: string) => (datum: BarDatum) => datum.values[key] ?? 0;
  const table = {
    columns: [categoryLabel ?? t('chart.category'), ...series.map((item) => item.label)],
    rows: data.map((datum) => ({
      key: datum.key,
      cells: [datum.label, ...series.map((item) => formatValue(datum.values[item.key] ?? 0))],
    })),
  };
  const categoryAxis = { dataKey: 'label', tick: { fill: colors.chrome.axis }, stroke: colors.chrome.grid };
  const valueAxis = {
    tickFormatter: formatValue,
    tick: { fill: colors.chrome.axis },
    stroke: colors.chrome.grid,
  };
  return (
    <ChartFrame {...common} height={height} table={table} empty={data.length === 0}>
      <RechartsBarChart
        data={data}
        layout={bars ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        {...size}
      >
        <CartesianGrid stroke={colors.chrome.grid} strokeDasharray="3 3" horizontal={!bars} vertical={bars} />
        {bars ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" {...categoryAxis} width="auto" />
          </>
        ) : (
          <>
            <XAxis type="category" {...categoryAxis} />
            <YAxis type="number" {...valueAxis} width="auto" />
          </>
        )}
        <Tooltip
          formatter={(raw) => formatValue(Number(raw))}
          cursor={{ fillOpacity: 0.1 }}
          {...colors.tooltip}
        />
        {series.length > 1 && <Legend itemSorter={null} />}
        {series.map((item, index) => (
          <Bar
            key={item.key}
            name={item.label}
            dataKey={value(item.key)}
            fill={colors.series(index)}
            stackId={stacked ? 'total' : undefined}
            radius={2}
            isAnimationActive={false}
          >
            {/* Single series: the value is written at the end of each bar, so no reading off an axis. */}
            {series.length === 1 && (
              <LabelList
                position={bars ? 'right' : 'top'}
                formatter={(raw: unknown) => formatValue(Number(raw))}
                fill={colors.chrome.text}
              />
            )}
          </Bar>
        ))}
      </RechartsBarChart>
    </ChartFrame>
  );
}
