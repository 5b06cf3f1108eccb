import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LotseProvider } from '../../provider/LotseProvider.tsx';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { searchAgents } from './assignees.ts';
import { AssigneeSelect } from './AssigneeSelect.tsx';
import * as stories from './AssigneeSelect.stories.tsx';

testStories(stories);

const { Default, Loading } = composeStories(stories);
const { teamAgents } = stories;

const trigger = () => screen.getByRole('button', { name: /^(Bearbeiter:in|Assignee) / });

test('searches names and teams, ignoring accents', () => {
  expect(searchAgents(teamAgents, 'abrechnung').map((agent) => agent.id)).toEqual(['a1', 'a3']);
  expect(searchAgents(teamAgents, 'aylin ABRE').map((agent) => agent.id)).toEqual(['a3']);
  expect(searchAgents([{ id: 'm', name: 'Jörg Müller' }], 'muller')).toHaveLength(1);
});

describe('workload, presence and team in words', () => {
  test.each([
    [
      'en',
      /^Jonas Weber\s*, Busy Technik 17 open tickets$/,
      /^Theo Brandt\s*, Offline 0 open tickets$/,
      'Unassigned',
    ],
    [
      'de',
      /^Jonas Weber\s*, Beschäftigt Technik 17 offene Tickets$/,
      /^Theo Brandt\s*, Offline 0 offene Tickets$/,
      'Nicht zugewiesen',
    ],
  ] as const)('%s', async (locale, jonas, theo, unassigned) => {
    await runStory(Default, { locale });
    await userEvent.click(trigger());
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(5);
    expect(options[0]).toHaveAccessibleName(unassigned);
    expect(options[2]).toHaveAccessibleName(jonas);
    expect(options[4]).toHaveAccessibleName(theo);
  });

  test('one open ticket is singular', async () => {
    await runStory(Default, { locale: 'en', args: { agents: [{ id: 'o', name: 'Ole', openTickets: 1 }] } });
    await userEvent.click(trigger());
    expect(await screen.findByRole('option', { name: /1 open ticket$/ })).toBeInTheDocument();
  });
});

describe('keyboard', () => {
  test('↑ on the field opens on the current agent; arrows wrap; Enter picks Unassigned', async () => {
    const onChange = jest.fn();
    await runStory(Default, { locale: 'en', args: { onChange } });
    expect(trigger()).toHaveAccessibleName(/^Assignee Mara Lindqvist\s*, Online$/);
    trigger().focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowUp}');
    const search = await screen.findByRole('combobox', { name: 'Search agents' });
    await waitFor(() => expect(search).toHaveFocus());
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[1]).toHaveAccessibleName(/Mara Lindqvist.*\(current\)$/);
    await user.keyboard('{ArrowUp}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(options[4]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith(null);
    await waitFor(() => expect(trigger()).toHaveAccessibleName('Assignee Unassigned'));
    await waitFor(() => expect(trigger()).toHaveFocus());
  });

  test('Escape closes without changing anything', async () => {
    const onChange = jest.fn();
    await runStory(Default, { locale: 'en', args: { onChange } });
    const user = userEvent.setup();
    await user.click(trigger());
    await user.keyboard('weber{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(onChange).not.toHaveBeenCalled();
    expect(trigger()).toHaveTextContent('Mara Lindqvist');
  });

  test('says when no agent matches', async () => {
    await runStory(Default, { locale: 'en' });
    await userEvent.click(trigger());
    await userEvent.keyboard('zzz');
    expect(await screen.findByRole('status')).toHaveTextContent('No agent matches “zzz”');
  });
});

test('without "Unassigned" only agents are offered', async () => {
  await runStory(Default, { locale: 'en', args: { allowUnassigned: false } });
  await userEvent.click(trigger());
  expect(await screen.findAllByRole('option')).toHaveLength(4);
});

test('loading is announced', async () => {
  await runStory(Loading, { locale: 'de' });
  expect(await screen.findByRole('status')).toHaveTextContent('Agent:innen werden geladen …');
});

test('is controlled: shows the value it is given', async () => {
  const view = render(
    <LotseProvider locale="en">
      <AssigneeSelect agents={teamAgents} value="a3" onChange={() => {}} />
    </LotseProvider>,
  );
  // Waiting lets the provider's toaster finish mounting inside act.
  await waitFor(() => expect(trigger()).toHaveTextContent('Aylin Demir'));
  view.rerender(
    <LotseProvider locale="en">
      <AssigneeSelect agents={teamAgents} value={null} onChange={() => {}} />
    </LotseProvider>,
  );
  expect(trigger()).toHaveTextContent('Unassigned');
});
