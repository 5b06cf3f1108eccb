import { Box, Button, Skeleton, Table, useChakraContext, useSlotRecipe } from '@chakra-ui/react';
import { useId, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartChromeTokens, chartFrameRecipe, chartSeriesTokens } from '../../theme/recipes/chart.ts';
import { ErrorState } from '../ErrorState/ErrorState.tsx';

/** One series of a chart: `key` picks its value from each data point, `label` names it in legend and table. */
export interface ChartSeries {
  key: string;
  label: string;
}

/** A data table that says everything the chart shows, in text. */
export interface ChartTable {
  /** Header of each column; the first column names the rows. */
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/** What every chart accepts besides its data. */
export interface ChartCommonProps {
  /** The chart's heading, also the caption of its data table. */
  title: string;
  /** One line on what the chart shows, e.g. the period. */
  description?: string;
  /** Fixed width in pixels; without it the chart fills its container. */
  width?: number;
  /** Height of the plot in pixels; 240 by default. */
  height?: number;
  /** Show the data table visibly from the start (it is always there for screen readers). */
  defaultShowTable?: boolean;
  loading?: boolean;
  /** Why the data could not be loaded; shows an error state instead of the chart. */
  error?: string;
  onRetry?: () => void;
  /** Heading level of the title; 3 by default. */
  headingLevel?: 2 | 3 | 4;
}

interface ChartFrameProps extends ChartCommonProps {
  empty: boolean;
  table: ChartTable;
  children: ReactNode;
}

/** CSS variables for the series colours and chart furniture, so Recharts' SVG follows the colour mode. */
export function useChartColors() {
  const system = useChakraContext();
  const series = chartSeriesTokens.map((token) => system.token.var(token) as string);
  const chrome = Object.fromEntries(
    Object.entries(chartChromeTokens).map(([name, token]) => [name, system.token.var(token) as string]),
  ) as Record<keyof typeof chartChromeTokens, string>;
  const tooltip: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties } = {
    contentStyle: {
      background: chrome.tooltipBg,
      borderColor: chrome.tooltipBorder,
      color: chrome.tooltipText,
      borderRadius: 6,
    },
    labelStyle: { color: chrome.tooltipText, fontWeight: 600 },
    itemStyle: { color: chrome.tooltipText },
  };
  return { series: (index: number) => series[index % series.length] ?? series[0], chrome, tooltip };
}

/**
 * The frame every chart shares (internal): heading, the plot — hidden from assistive technology, which reads the
 * data table instead — a toggle that shows the table to everyone, and loading, empty and error states.
 */
export function ChartFrame({
  title,
  description,
  height = 240,
  defaultShowTable = false,
  loading = false,
  error,
  onRetry,
  headingLevel = 3,
  empty,
  table,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: chartFrameRecipe })();
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(defaultShowTable);
  const hasData = !loading && !error && !empty;

  return (
    <Box as="section" aria-labelledby={titleId} aria-busy={loading || undefined} css={styles.root}>
      <Box css={styles.header}>
        <Box css={styles.heading}>
          <Box as={`h${headingLevel}`} id={titleId} css={styles.title}>
            {title}
          </Box>
          {description && <Box css={styles.description}>{description}</Box>}
        </Box>
        {hasData && (
          <Button
            size="xs"
            variant="outline"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('chart.hideTable') : t('chart.showTable')}
          </Button>
        )}
      </Box>
      {loading ? (
        <Box role="status" position="relative">
          <Skeleton h={`${height}px`} w="full" borderRadius="l2" />
          <Box srOnly>{t('chart.loading')}</Box>
        </Box>
      ) : error ? (
        <ErrorState description={error} onRetry={onRetry} />
      ) : empty ? (
        <Box css={styles.state} h={`${height}px`}>
          {t('chart.noData')}
        </Box>
      ) : (
        <>
          {/* The table below is the accessible version; the drawing adds nothing a screen reader could use. */}
          <Box css={styles.plot} aria-hidden data-chart-plot="">
            {children}
          </Box>
          <Box id={tableId} srOnly={!showTable}>
            <Table.Root size="sm" css={styles.table}>
              <Table.Caption css={styles.tableCaption}>{title}</Table.Caption>
              <Table.Header>
                <Table.Row>
                  {table.columns.map((column, index) => (
                    <Table.ColumnHeader key={column} textAlign={index === 0 ? 'start' : 'end'} scope="col">
                      {column}
                    </Table.ColumnHeader>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {table.rows.map((row) => (
                  <Table.Row key={row.key}>
                    {row.cells.map((cell, index) =>
                      index === 0 ? (
                        <Table.Cell key={index} as="th" scope="row" fontWeight="medium">
                          {cell}
                        </Table.Cell>
                      ) : (
                        <Table.Cell key={index} textAlign="end">
                          {cell}
                        </Table.Cell>
                      ),
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </Box>
        </>
      )}
    </Box>
  );
}
