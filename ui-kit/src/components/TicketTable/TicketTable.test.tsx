import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './TicketTable.stories.tsx';

// jsdom has no layout: give the table's scroll container a real viewport (480px high) and a working scrollTo, so
// the virtualizer decides which rows to render exactly as it does in a browser.
const viewportHeight = 480;
const scrollTops = new WeakMap<Element, number>();
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset['testid'] === 'ticket-table-scroller' ? viewportHeight : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset['testid'] === 'ticket-table-scroller' ? 1200 : 0;
    },
  });
  // The content's height: every row (header included) is 36px high.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const grid = this.querySelector('[role=grid]');
      return this.dataset['testid'] === 'ticket-table-scroller' && grid
        ? Number(grid.getAttribute('aria-rowcount')) * 36
        : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return scrollTops.get(this) ?? 0;
    },
    set(this: Element, value: number) {
      scrollTops.set(this, value);
    },
  });
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'number' ? 0 : (options?.top ?? 0);
    this.scrollTop = top;
    // Browsers fire scroll events asynchronously, never inside the call.
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  } as Element['scrollTo'];
});

// Rendering hundreds of rows with Chakra in jsdom is slow; the browser is not.
jest.setTimeout(30_000);

testStories(stories);

const { Default, TenThousandRows, LoadFailed, Empty } = composeStories(stories);

const bodyRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
const scroller = () => screen.getByTestId('ticket-table-scroller');

describe('virtualization', () => {
  test('10,000 tickets render a bounded number of rows, also after scrolling', async () => {
    await runStory(TenThousandRows, { locale: 'en' });
    const grid = screen.getByRole('grid', { name: 'Tickets' });
    expect(grid).toHaveAttribute('aria-rowcount', '10001');
    const rendered = bodyRows().length;
    expect(rendered).toBeGreaterThanOrEqual(viewportHeight / 36);
    expect(rendered).toBeLessThanOrEqual(40);
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');

    act(() => scroller().scrollTo({ top: 5000 * 36 }));
    await waitFor(() => expect(bodyRows()[0]).not.toHaveAttribute('aria-rowindex', '2'));
    const indexes = bodyRows().map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.min(...indexes)).toBeGreaterThan(4980);
    expect(Math.max(...indexes)).toBeLessThan(5030);
    expect(bodyRows().length).toBeLessThanOrEqual(40);
  });

  test('sorting 10,000 tickets re-renders only the rows in view', async () => {
    await runStory(TenThousandRows, { locale: 'en' });
    await userEvent.click(screen.getByRole('button', { name: /Subject/ }));
    expect(screen.getAllByRole('columnheader')[2]).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows().length).toBeLessThanOrEqual(40);
    const subjects = bodyRows().map((row) => within(row).getAllByRole('button')[0]?.textContent ?? '');
    expect([...subjects].sort()).toEqual(subjects);
  });
});

describe('sorting and columns', () => {
  test('a header sorts ascending, then descending, then not at all', async () => {
    await runStory(Default, { locale: 'en' });
    const header = screen.getAllByRole('columnheader')[4];
    const button = within(header!).getByRole('button', { name: /Priority/ });
    await userEvent.click(button);
    expect(header).toHaveAttribute('aria-sort', 'descending'); // priority starts with the most urgent
    expect(within(bodyRows()[0]!).getByText('Urgent')).toBeInTheDocument();
    await userEvent.click(button);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(within(bodyRows()[0]!).getByText('Low')).toBeInTheDocument();
    await userEvent.click(button);
    expect(header).not.toHaveAttribute('aria-sort');
  });

  test('columns can be hidden and shown again from the column chooser', async () => {
    await runStory(Default, { locale: 'en' });
    expect(screen.getAllByRole('columnheader')).toHaveLength(9);
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const brand = await screen.findByRole('checkbox', { name: 'Brand' });
    expect(brand).toBeChecked();
    await userEvent.click(brand);
    expect(screen.getAllByRole('columnheader')).toHaveLength(8);
    expect(screen.queryByRole('columnheader', { name: 'Brand' })).not.toBeInTheDocument();
    await userEvent.click(brand);
    expect(screen.getAllByRole('columnheader')).toHaveLength(9);
  });
});

describe('selection and bulk actions', () => {
  test('select-all and single rows feed the bulk actions', async () => {
    const run = jest.fn();
    const onSelectionChange = jest.fn();
    await runStory(Default, {
      locale: 'en',
      args: { bulkActions: [{ id: 'close', label: 'Close', run }], onSelectionChange },
    });
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await userEvent.click(within(bodyRows()[0]!).getByRole('checkbox'));
    expect(screen.getByRole('status')).toHaveTextContent('1 ticket selected');
    expect(bodyRows()[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all tickets' }));
    expect(screen.getByRole('status')).toHaveTextContent('50 tickets selected');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(run).toHaveBeenCalledWith(expect.any(Array));
    expect((run.mock.calls[0]?.[0] as string[]).length).toBe(50);
    expect(onSelectionChange).toHaveBeenLastCalledWith(expect.any(Array));
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByRole('status')).toHaveTextContent('50 tickets');
  });
});

describe('keyboard', () => {
  test('one tab stop; arrows, Home/End, Ctrl+End and Page Down move the focus; Enter opens', async () => {
    const onOpen = jest.fn();
    await runStory(TenThousandRows, { locale: 'en', args: { onOpen } });
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Columns' }).focus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Select all tickets' })).toHaveFocus();
    await user.tab();
    expect(document.activeElement?.closest('[role=grid]')).toBeNull(); // the grid is one tab stop

    screen.getByRole('checkbox', { name: 'Select all tickets' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-cell', '1:0');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-cell', '1:2');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-cell', '1:8');
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-cell', '1:0');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);

    await user.keyboard('{PageDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '13:3'));

    // The last ticket is far outside the rendered window: the table scrolls there, renders it and focuses it.
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '10000:8'));
    expect(document.activeElement?.closest('[role=row]')).toHaveAttribute('aria-rowindex', '10001');
    await user.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '1:0'));
  });

  test('Space selects the focused row', async () => {
    await runStory(Default, { locale: 'en' });
    const user = userEvent.setup();
    screen.getByRole('checkbox', { name: 'Select all tickets' }).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight} ');
    expect(bodyRows()[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown} ');
    expect(screen.getByRole('status')).toHaveTextContent('2 tickets selected');
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(screen.getByRole('status')).toHaveTextContent('1 ticket selected');
  });
});

test('a load failure offers a retry', async () => {
  const onRetry = jest.fn();
  await runStory(LoadFailed, { locale: 'en', args: { onRetry } });
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(onRetry).toHaveBeenCalled();
});

test('an empty list says so', async () => {
  await runStory(Empty, { locale: 'en' });
  expect(screen.getByText('No ticket matches these filters.')).toBeInTheDocument();
});
