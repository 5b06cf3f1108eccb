import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LotseProvider } from '../../provider/LotseProvider.tsx';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { flattenCategories, formatCategoryPath, searchCategories } from './category-tree.ts';
import { CategorySelect } from './CategorySelect.tsx';
import * as stories from './CategorySelect.stories.tsx';

testStories(stories);

const { Default, WithNoCategory, LoadFailed } = composeStories(stories);
const { sampleCategories } = stories;

describe('category tree', () => {
  test('flattens in tree order with paths and depths', () => {
    const entries = flattenCategories(sampleCategories);
    expect(entries.slice(0, 5).map((entry) => [formatCategoryPath(entry.path), entry.depth])).toEqual([
      ['Konto', 0],
      ['Konto › Anmeldung', 1],
      ['Konto › Sicherheit', 1],
      ['Konto › Datenschutz', 1],
      ['Konto › Datenschutz › Auskunft', 2],
    ]);
    expect(entries).toHaveLength(14);
  });

  test('searches whole paths, so a parent finds its subtree and words combine', () => {
    const entries = flattenCategories(sampleCategories);
    expect(searchCategories(entries, 'abr erst').map((entry) => entry.id)).toEqual(['billing-refunds']);
    expect(searchCategories(entries, 'loschung').map((entry) => entry.id)).toEqual([
      'account-privacy-deletion',
    ]);
    expect(searchCategories(entries, 'technik')).toHaveLength(3);
  });
});

const trigger = () => screen.getByRole('button', { name: /^(Kategorie|Category) / });

describe('keyboard', () => {
  test('the field names label and path; ↓ opens on the current value, Escape closes and returns focus', async () => {
    await runStory(Default, { locale: 'en' });
    expect(trigger()).toHaveAccessibleName('Category Abrechnung › Erstattungen');
    const user = userEvent.setup();
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    const search = await screen.findByRole('combobox', { name: 'Search categories' });
    await waitFor(() => expect(search).toHaveFocus());
    const current = screen.getByRole('option', { name: /^Abrechnung › Erstattungen\s+\(current\)$/ });
    expect(current).toHaveAttribute('aria-selected', 'true');
    expect(search).toHaveAttribute('aria-activedescendant', current.id);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger()).toHaveFocus());
  });

  test('searching shows the parents; ↑ wraps to the last match; Enter picks it', async () => {
    const onChange = jest.fn();
    await runStory(Default, { locale: 'de', args: { onChange } });
    const user = userEvent.setup();
    await user.click(trigger());
    await user.keyboard('daten');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Konto › Datenschutz',
      'Konto › Datenschutz › Auskunft',
      'Konto › Datenschutz › Löschung',
    ]);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenCalledWith('account-privacy-deletion');
    await waitFor(() => expect(trigger()).toHaveTextContent('Konto › Datenschutz › Löschung'));
  });

  test('says when nothing matches', async () => {
    await runStory(Default, { locale: 'de' });
    await userEvent.click(trigger());
    await userEvent.keyboard('Xylophon');
    expect(await screen.findByRole('status')).toHaveTextContent('Keine Kategorie passt zu „Xylophon“');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});

describe('no category', () => {
  test('"No category" comes first and picks null', async () => {
    const onChange = jest.fn();
    await runStory(WithNoCategory, { locale: 'en', args: { value: 'content', onChange } });
    await userEvent.click(trigger());
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent('No category');
    await userEvent.click(options[0]!);
    expect(onChange).toHaveBeenCalledWith(null);
    await waitFor(() => expect(trigger()).toHaveAccessibleName('Category No category'));
  });
});

test('a failed load is an alert with a retry', async () => {
  const onRetry = jest.fn();
  await runStory(LoadFailed, { locale: 'en', args: { onRetry } });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The categories could not be loaded.');
  await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(onRetry).toHaveBeenCalled();
});

test('is controlled: shows the value it is given', async () => {
  const view = render(
    <LotseProvider locale="en">
      <CategorySelect categories={sampleCategories} value="tech-app" onChange={() => {}} />
    </LotseProvider>,
  );
  // Waiting lets the provider's toaster finish mounting inside act.
  await waitFor(() => expect(trigger()).toHaveTextContent('Technik › App'));
  view.rerender(
    <LotseProvider locale="en">
      <CategorySelect categories={sampleCategories} value={undefined} onChange={() => {}} />
    </LotseProvider>,
  );
  expect(trigger()).toHaveTextContent('Choose a category');
});
