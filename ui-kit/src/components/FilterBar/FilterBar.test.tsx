import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyTicketFilter } from '../../domain.ts';
import type { TicketFilter } from '../../domain.ts';
import { LotseProvider } from '../../provider/LotseProvider.tsx';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { sampleEntities } from '../TicketTable/sample-tickets.ts';
import { activeFilterChips, isFilterActive, isRangeInverted, withoutChip } from './filter-chips.ts';
import { FilterBar } from './FilterBar.tsx';
import * as stories from './FilterBar.stories.tsx';

testStories(stories);

const { Empty, Active } = composeStories(stories);
const activeFilter = Active.args.value as TicketFilter;

const chipList = () => screen.getByRole('list', { name: /^(Active filters|Aktive Filter)$/ });
const chipTexts = () =>
  within(chipList())
    .getAllByRole('listitem')
    .map((chip) => chip.textContent);
// A closing popover hands focus back to its button on the next animation frame; a test that types on before then
// would lose keys to that button, as a user typing faster than a frame would.
const focusBackOn = (button: RegExp) =>
  waitFor(() => expect(screen.getByRole('button', { name: button })).toHaveFocus());
const lastFilter = (onChange: jest.Mock) => onChange.mock.calls.at(-1)?.[0] as TicketFilter;

describe('filter chips', () => {
  test('lists every active value in bar order; tags stay in the tag field', () => {
    expect(activeFilterChips(activeFilter).map((chip) => `${chip.field}=${chip.value}`)).toEqual([
      'statuses=NEW',
      'statuses=WAITING',
      'priorities=URGENT',
      'entities=kids_ascension',
      'entities=sternwarte',
      'assignee=null',
      'category=billing-refunds',
      'from=2025-03-01',
      'to=2025-03-10',
    ]);
    expect(activeFilterChips(emptyTicketFilter)).toEqual([]);
    expect(isFilterActive({ ...emptyTicketFilter, tags: ['vip'] })).toBe(true);
  });

  test('removing a chip removes exactly its value', () => {
    expect(withoutChip(activeFilter, { field: 'statuses', value: 'NEW' }).statuses).toEqual(['WAITING']);
    const withoutAssignee = withoutChip(activeFilter, { field: 'assignee', value: null });
    expect('assignee' in withoutAssignee).toBe(false);
    expect(withoutAssignee.category).toBe('billing-refunds');
  });

  test('a range is inverted only when both ends are set and the start is later', () => {
    expect(isRangeInverted('2025-03-02', '2025-03-01')).toBe(true);
    expect(isRangeInverted('2025-03-01', '2025-03-01')).toBe(false);
    expect(isRangeInverted('2025-03-02', undefined)).toBe(false);
  });
});

describe('chips in both languages', () => {
  test.each([
    [
      'en',
      [
        'Status: New',
        'Status: Waiting',
        'Priority: Urgent',
        'Brand: Kids Ascension',
        'Brand: sternwarte',
        'Assignee: Unassigned',
        'Category: Abrechnung › Erstattungen',
        'Created from 1 Mar 2025',
        'Created until 10 Mar 2025',
      ],
      'Remove filter Status: New',
    ],
    [
      'de',
      [
        'Status: Neu',
        'Status: Wartend',
        'Priorität: Dringend',
        'Marke: Kids Ascension',
        'Marke: sternwarte',
        'Bearbeiter:in: Nicht zugewiesen',
        'Kategorie: Abrechnung › Erstattungen',
        'Erstellt ab 01.03.2025',
        'Erstellt bis 10.03.2025',
      ],
      'Filter Status: Neu entfernen',
    ],
  ] as const)('%s', async (locale, texts, removeName) => {
    await runStory(Active, { locale });
    expect(chipTexts()).toEqual(texts);
    expect(within(chipList()).getAllByRole('button')[0]).toHaveAccessibleName(removeName);
  });
});

describe('keyboard', () => {
  test('a menu toggles with Space and stays open; the field then names the choice', async () => {
    const onChange = jest.fn();
    await runStory(Empty, { locale: 'en', args: { onChange } });
    const priority = screen.getByRole('button', { name: 'Priority All' });
    const user = userEvent.setup();
    priority.focus();
    await user.keyboard('{ArrowDown}');
    const menu = await screen.findByRole('menu', { name: 'Priority' });
    await waitFor(() =>
      expect(within(menu).getByRole('menuitemcheckbox', { name: 'Low' })).toHaveAttribute('data-highlighted'),
    );
    await user.keyboard('{End} ');
    expect(lastFilter(onChange).priorities).toEqual(['URGENT']);
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Urgent' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.keyboard('{ArrowUp} ');
    expect(lastFilter(onChange).priorities).toEqual(['HIGH', 'URGENT']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(priority).toHaveFocus());
    expect(priority).toHaveAccessibleName('Priority 2 selected');
    expect(chipTexts()).toEqual(['Priority: High', 'Priority: Urgent']);
  });

  test('removing a chip moves focus to the next one; "Clear all" empties the filter and focus goes to Status', async () => {
    const onChange = jest.fn();
    await runStory(Active, { locale: 'en', args: { onChange } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove filter Brand: sternwarte' }));
    expect(lastFilter(onChange).entities).toEqual(['kids_ascension']);
    expect(screen.getByRole('button', { name: 'Remove filter Assignee: Unassigned' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect('assignee' in lastFilter(onChange)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(lastFilter(onChange)).toEqual(emptyTicketFilter);
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status All' })).toHaveFocus();
  });

  test('assignee, category and tags come from their own pickers', async () => {
    const onChange = jest.fn();
    await runStory(Empty, { locale: 'en', args: { onChange } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Assignee All' }));
    await user.keyboard('{Enter}');
    expect(lastFilter(onChange).assignee).toBeNull();
    await focusBackOn(/^Assignee/);
    await user.click(screen.getByRole('button', { name: 'Category All' }));
    await user.keyboard('erstatt{Enter}');
    expect(lastFilter(onChange).category).toBe('billing-refunds');
    await focusBackOn(/^Category/);
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'VIP,');
    expect(lastFilter(onChange).tags).toEqual(['vip']);
    expect(chipTexts()).toEqual(['Assignee: Unassigned', 'Category: Abrechnung › Erstattungen']);
  });
});

describe('date range', () => {
  test.each([
    ['en', 'The start date must be on or before the end date.'],
    ['de', 'Das Startdatum darf nicht nach dem Enddatum liegen.'],
  ] as const)('a start after the end is refused in %s, and passes once fixed', async (locale, message) => {
    const onChange = jest.fn();
    const canvas = await runStory(Empty, { locale, args: { onChange } });
    const [from, to] = canvas.querySelectorAll<HTMLInputElement>('input[type="date"]');
    fireEvent.change(to!, { target: { value: '2025-03-10' } });
    expect(lastFilter(onChange)).toMatchObject({ to: '2025-03-10' });
    fireEvent.change(from!, { target: { value: '2025-03-11' } });
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(message);
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.change(from!, { target: { value: '2025-03-10' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(lastFilter(onChange)).toMatchObject({ from: '2025-03-10', to: '2025-03-10' });
  });

  test('a range cleared from outside drops the draft that was being corrected', async () => {
    const bar = (value: TicketFilter) => (
      <LotseProvider locale="en">
        <FilterBar value={value} onChange={() => {}} entities={sampleEntities} agents={[]} categories={[]} />
      </LotseProvider>
    );
    const view = render(bar({ ...emptyTicketFilter, to: '2025-03-10' }));
    const [from] = view.container.querySelectorAll<HTMLInputElement>('input[type="date"]');
    fireEvent.change(from!, { target: { value: '2025-03-20' } });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    view.rerender(bar(emptyTicketFilter));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(from).toHaveValue('');
  });
});

test('is controlled: shows the filter it is given', async () => {
  const bar = (value: TicketFilter) => (
    <LotseProvider locale="en">
      <FilterBar value={value} onChange={() => {}} entities={sampleEntities} agents={[]} categories={[]} />
    </LotseProvider>
  );
  const view = render(bar({ ...emptyTicketFilter, statuses: ['CLOSED'] }));
  // Waiting lets the provider's toaster finish mounting inside act.
  await waitFor(() => expect(chipTexts()).toEqual(['Status: Closed']));
  expect(screen.getByRole('button', { name: 'Status Closed' })).toBeInTheDocument();
  view.rerender(bar({ ...emptyTicketFilter, entities: ['ozean_licht'] }));
  expect(chipTexts()).toEqual(['Brand: Ozean Licht']);
});
