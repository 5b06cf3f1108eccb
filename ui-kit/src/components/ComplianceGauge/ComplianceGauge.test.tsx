import { composeStories } from '@storybook/react';
import { screen } from '@testing-library/react';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import { complianceState } from './ComplianceGauge.tsx';
import * as stories from './ComplianceGauge.stories.tsx';

testStories(stories);

const { OnTarget, JustBelowTarget, WellBelowTarget, Perfect } = composeStories(stories);

test.each([
  [0.95, 'met'],
  [0.931, 'at_risk'],
  [0.93, 'at_risk'],
  [0.929, 'breached'],
] as const)('%f against 95 %% is %s', (value, state) => {
  expect(complianceState(value, 0.95)).toBe(state);
});

test('a meter with the whole verdict in its value text', async () => {
  await runStory(OnTarget, { locale: 'en' });
  const meter = screen.getByRole('meter', { name: 'SLA compliance' });
  expect(meter).toHaveAttribute('aria-valuenow', '96.4');
  expect(meter).toHaveAttribute(
    'aria-valuetext',
    '96.4% within SLA, target 95%. On target. 964 of 1,000 tickets',
  );
  expect(meter).toHaveAttribute('data-state', 'met');
});

test('states below target are written out, in German too', async () => {
  const below = await runStory(JustBelowTarget, { locale: 'de' });
  expect(below).toHaveTextContent('Knapp unter Ziel');
  const far = await runStory(WellBelowTarget, { locale: 'de' });
  expect(far).toHaveTextContent('Deutlich unter Ziel');
  expect(far).toHaveTextContent('Ziel 95 %');
  expect(far).toHaveTextContent('710 von 1.000 Tickets');
});

test('a full arc at 100 %', async () => {
  const canvas = await runStory(Perfect, { locale: 'en' });
  expect(canvas.querySelector('[data-part="arc"]')).toHaveAttribute('stroke-dasharray', '100 100');
});
