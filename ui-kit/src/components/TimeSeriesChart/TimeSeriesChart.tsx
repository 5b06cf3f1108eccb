import { useLocaleContext } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, useChartColors } from '../ChartFrame/ChartFrame.tsx';
import type { ChartCommonProps, ChartSeries } from '../ChartFrame/ChartFrame.tsx';

export interface TimeSeriesPoint {
  /** ISO date or timestamp of the bucket. */
  date: string;
  values: Record<string, number>;
}

export interface TimeSeriesChartProps extends ChartCommonProps {
  data: TimeSeriesPoint[];
  series: ChartSeries[];
  /** Lines (default) or stacked areas, for parts of a whole such as tickets per channel. */
  variant?: 'line' | 'area';
  valueFormat?: Intl.NumberFormatOptions;
  /** How dates are written on the axis and in the table; day and month by default. */
  dateFormat?: Intl.DateTimeFormatOptions;
}

/**
 * Values over time (tickets per day, response times per week) as lines or stacked areas, with a data table as its
 * accessible alternative.
 */
export function TimeSeriesChart({
  data,
  series,
  variant = 'line',
  valueFormat,
  dateFormat = { day: 'numeric', month: 'short' },
  ...common
}: TimeSeriesChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const colors = useChartColors();
  const formatValue = (value: number) => new Intl.NumberFormat(locale, valueFormat).format(value);
  const formatDate = (date: string) => new Intl.DateTimeFormat(locale, dateFormat).format(new Date(date));
  const height = common.height ?? 240;
  const size = common.width
    ? { width: common.width, height }
    : { style: { width: '100%', height }, responsive: true };
  const value = (key: string) => (point: TimeSeriesPoint) => point.values[key] ?? 0;
  const table = {
    columns: [t('chart.date'), ...series.map((line) => line.label)],
    rows: data.map((point) => ({
      key: point.date,
      cells: [formatDate(point.date), ...series.map((line) => formatValue(point.values[line.key] ?? 0))],
    })),
  };
  const axes = (
    <>
      <CartesianGrid stroke={colors.chrome.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="date"
        tickFormatter={formatDate}
        tick={{ fill: colors.chrome.axis }}
        stroke={colors.chrome.grid}
        minTickGap={16}
      />
      <YAxis
        tickFormatter={formatValue}
        tick={{ fill: colors.chrome.axis }}
        stroke={colors.chrome.grid}
        width="auto"
      />
      <Tooltip
        labelFormatter={(label) => formatDate(String(label))}
        formatter={(raw) => formatValue(Number(raw))}
        {...colors.tooltip}
      />
      {series.length > 1 && <Legend itemSorter={null} />}
    </>
  );
  return (
    <ChartFrame {...common} table={table} empty={data.length === 0}>
      {variant === 'area' ? (
        <AreaChart data={data} accessibilityLayer={false} {...size}>
          {axes}
          {series.map((line, index) => (
            <Area
              key={line.key}
              type="monotone"
              name={line.label}
              dataKey={value(line.key)}
              stackId="total"
              stroke={colors.series(index)}
              fill={colors.series(index)}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : (
        <LineChart data={data} accessibilityLayer={false} {...size}>
          {axes}
          {series.map((line, index) => (
            <Line
              key={line.key}
              type="monotone"
              name={line.label}
              dataKey={value(line.key)}
              stroke={colors.series(index)}
              strokeWidth={2}
              // A different dash per series, so lines differ without colour too.
              strokeDasharray={['', '6 3', '2 3', '8 3 2 3'][index % 4]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
