// Measures, in Debian's Chromium, how long TicketTable takes to sort 10,000 tickets: from the click on a column
// header until the re-sorted rows are in the DOM ("DOM updated") and until the next frame is painted. Uses the
// built Storybook's TenThousandRows story, so it measures exactly the code the console ships. Exits 1 if the
// median sort takes 100 ms or longer. The first sort of a page is reported on its own: it also pays for JIT
// compilation and the first insertion of badge styles, once per page.
//
// Usage: npm run build-storybook -w ui-kit && npm run measure-table -w ui-kit
import { resolve } from 'node:path';
import { launchChromium } from '@lotse/kernel/testing/chromium';
import { serveStatic } from './serve-static.ts';

const staticDir = resolve(import.meta.dirname, '..', 'storybook-static');
const storyId = 'tickets-tickettable--ten-thousand-rows';
const budgetMs = 100;
// Each click re-sorts all 10,000 rows: subject ascending/descending/off, then other columns, several rounds.
const clicks = [
  'Subject',
  'Subject',
  'Subject',
  'Priority',
  'Priority',
  'Updated',
  'Assignee',
  'SLA',
  'Status',
];
const rounds = 3;

interface Sample {
  column: string;
  domMs: number;
  paintMs: number;
  rendered: number;
  firstRowBefore: string;
  firstRowAfter: string;
}

async function measure(origin: string, withStorybookHighlight: boolean): Promise<Sample[]> {
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  const samples: Sample[] = [];
  try {
    const { page } = browser;
    // Storybook's highlight feature answers every DOM mutation in the preview by calling getComputedStyle on every
    // element (storybook 10.6, preview "highlight" module). That is Storybook's cost, not the table's, and the
    // console has no Storybook: switch it off the way Storybook itself guards against double initialisation.
    if (!withStorybookHighlight) {
      await page.addInitScript(() => {
        (globalThis as { __STORYBOOK_HIGHLIGHT_INITIALIZED?: boolean }).__STORYBOOK_HIGHLIGHT_INITIALIZED =
          true;
      });
    }
    await page.goto(`${origin}/iframe.html?id=${storyId}&viewMode=story&globals=locale:en;a11y.manual:!true`);
    await page.getByRole('grid').waitFor();
    const rowCount = await page.getByRole('grid').getAttribute('aria-rowcount');
    if (rowCount !== '10001') throw new Error(`expected 10,000 tickets in the story, got ${rowCount}`);
    for (let round = 0; round < rounds; round++) {
      for (const column of clicks) {
        samples.push(
          await page.evaluate(async (column) => {
            const grid = document.querySelector('[role=grid]') as HTMLElement;
            const button = [...grid.querySelectorAll<HTMLButtonElement>('[role=columnheader] button')].find(
              (candidate) => candidate.textContent?.startsWith(column),
            );
            if (!button) throw new Error(`no sort button for ${column}`);
            const firstRow = () => grid.querySelector('tbody [role=row]')?.textContent ?? '';
            const firstRowBefore = firstRow();
            const start = performance.now();
            button.click();
            // React flushes the click's update before timers run: at the first timer the DOM is up to date.
            await new Promise((resolve) => setTimeout(resolve, 0));
            const domMs = performance.now() - start;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const paintMs = performance.now() - start;
            return {
              column,
              domMs,
              paintMs,
              rendered: grid.querySelectorAll('tbody [role=row]').length,
              firstRowBefore,
              firstRowAfter: firstRow(),
            };
          }, column),
        );
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const max = (values: number[]) => Math.max(...values);
const percentile = (values: number[], p: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

/** Prints one run and returns the median of the warm sorts (every sort after the first). */
function report(label: string, samples: Sample[]): number {
  const [cold, ...warm] = samples;
  const dom = warm.map((sample) => sample.domMs);
  const paint = warm.map((sample) => sample.paintMs);
  const changed = samples.filter((sample) => sample.firstRowBefore !== sample.firstRowAfter).length;
  console.warn(
    `${label}: ${samples.length} sorts of 10,000 rows. Click to DOM updated — first (cold) sort ` +
      `${cold?.domMs.toFixed(1)} ms; the other ${warm.length}: median ${median(dom).toFixed(1)} ms, ` +
      `p90 ${percentile(dom, 0.9).toFixed(1)} ms, max ${max(dom).toFixed(1)} ms. Click to next frame: median ` +
      `${median(paint).toFixed(1)} ms, p90 ${percentile(paint, 0.9).toFixed(1)} ms. ` +
      `At most ${max(samples.map((sample) => sample.rendered))} rows in the DOM; ` +
      `first row changed after ${changed} of ${samples.length} sorts.`,
  );
  if (changed < samples.length / 2) {
    console.error('measure-table: the rows did not change order; the clicks did not sort');
    process.exitCode = 1;
  }
  return median(dom);
}

async function main(): Promise<void> {
  const server = await serveStatic(staticDir);
  try {
    const typical = report('TicketTable in Chromium', await measure(server.origin, false));
    report('Same page with Storybook highlight observer on', await measure(server.origin, true));
    if (typical >= budgetMs) {
      console.error(
        `measure-table: sorting took ${typical.toFixed(1)} ms (median), over the ${budgetMs} ms budget`,
      );
      process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
}

await main();
