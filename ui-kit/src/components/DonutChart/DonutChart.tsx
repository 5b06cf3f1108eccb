import { useLocaleContext } from '@chakra-ui/react';
import { Cell, Label, Legend, Pie, PieChart, Tooltip } from 'recharts';
import type { PieLabelRenderProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useChartColors } from '../ChartFrame/ChartFrame.tsx';
import type { ChartCommonProps } from '../ChartFrame/ChartFrame.tsx';

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
}

export interface DonutChartProps extends ChartCommonProps {
  /** Parts of a whole, e.g. tickets per channel; a few slices (up to six) read best. */
  data: DonutSlice[];
  valueFormat?: Intl.NumberFormatOptions;
  /** Heading of the first table column; "Category" by default. */
  categoryLabel?: string;
}

/**
 * Parts of a whole as a ring with the total in its centre. Slices carry their share as a label and the legend names
 * them, so colour is never the only key; the data table lists value and share per slice.
 */
export function DonutChart({ data, valueFormat, categoryLabel, ...common }: DonutChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocaleContext();
  const colors = useChartColors();
  const formatValue = (value: number) => new Intl.NumberFormat(locale, valueFormat).format(value);
  const formatShare = (share: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const total = data.reduce((sum, slice) => sum + slice.value, 0);
  const shareOf = (value: number) => (total === 0 ? 0 : value / total);
  const height = common.height ?? 240;
  const size = common.width
    ? { width: common.width, height }
    : { style: { width: '100%', height }, responsive: true };
  const table = {
    columns: [categoryLabel ?? t('chart.category'), t('chart.value'), t('chart.share')],
    rows: [
      ...data.map((slice) => ({
        key: slice.key,
        cells: [slice.label, formatValue(slice.value), formatShare(shareOf(slice.value))],
      })),
      { key: '__total', cells: [t('chart.total'), formatValue(total), formatShare(total === 0 ? 0 : 1)] },
    ],
  };
  return (
    <ChartFrame {...common} table={table} empty={data.length === 0 || total === 0}>
      <PieChart accessibilityLayer={false} {...size}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="label"
          innerRadius="58%"
          outerRadius="80%"
          paddingAngle={1}
          // The table is the keyboard and screen-reader way into the data; the sectors take no focus.
          rootTabIndex={-1}
          stroke={colors.chrome.tooltipBg}
          // Each slice's share written beside it in text colour (slice colours are too light for text).
          label={({ x, y, textAnchor, value }: PieLabelRenderProps) => (
            <text
              className="lotse-donut-share"
              x={x}
              y={y}
              textAnchor={textAnchor}
              dominantBaseline="central"
              fill={colors.chrome.text}
            >
              {formatShare(shareOf(Number(value ?? 0)))}
            </text>
          )}
          labelLine={false}
          isAnimationActive={false}
        >
          {data.map((slice, index) => (
            <Cell key={slice.key} fill={colors.series(index)} />
          ))}
          <Label
            position="center"
            value={formatValue(total)}
            fill={colors.chrome.text}
            className="lotse-donut-total"
          />
        </Pie>
        <Tooltip formatter={(raw) => formatValue(Number(raw))} {...colors.tooltip} />
        {/* Legend in data order (Recharts sorts by name by default). */}
        <Legend itemSorter={null} />
      </PieChart>
    </ChartFrame>
  );
}
