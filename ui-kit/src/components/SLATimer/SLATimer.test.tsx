import { jest } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { LotseProvider } from '../../provider/LotseProvider.tsx';
import { testStories } from '../../../test/story-tests.tsx';
import { SLATimer } from './SLATimer.tsx';
import * as stories from './SLATimer.stories.tsx';
import { slaStatus } from './sla-status.ts';

testStories(stories);

describe('slaStatus', () => {
  const now = Date.parse('2025-03-10T09:00:00Z');
  const at = (minutes: number) => now + minutes * 60_000;

  test.each([
    [{ dueAt: at(31) }, 'ok'],
    [{ dueAt: at(30) }, 'at_risk'],
    [{ dueAt: at(-1) }, 'breached'],
    [{ dueAt: at(10), pausedAt: at(-5) }, 'paused'],
    [{ dueAt: at(-10), metAt: at(-20) }, 'met'],
  ] as const)('%o is %s', (target, state) => {
    expect(slaStatus(target, now).state).toBe(state);
  });

  test('a paused target keeps the time it had left when paused', () => {
    expect(slaStatus({ dueAt: at(10), pausedAt: at(-5) }, at(500)).remainingMs).toBe(15 * 60_000);
  });
});

describe('live countdown', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2025-03-10T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  test('counts down every second and turns breached at zero', () => {
    render(
      <LotseProvider locale="en" defaultColorMode="light">
        <SLATimer dueAt={Date.now() + 61_000} />
      </LotseProvider>,
    );
    expect(screen.getByRole('timer')).toHaveAccessibleName('SLA at risk: 1 min remaining');
    act(() => jest.advanceTimersByTime(2_000));
    expect(screen.getByRole('timer')).toHaveAccessibleName('SLA at risk: 59 s remaining');
    act(() => jest.advanceTimersByTime(60_000));
    expect(screen.getByRole('timer')).toHaveAccessibleName('SLA breached 1 s ago');
    expect(screen.getByRole('timer')).toHaveTextContent('1 s over');
  });

  test('a hundred timers share one interval, which stops when the last one unmounts', () => {
    const setIntervalSpy = jest.spyOn(globalThis, 'setInterval');
    const clearIntervalSpy = jest.spyOn(globalThis, 'clearInterval');
    const { unmount } = render(
      <LotseProvider locale="de" defaultColorMode="light">
        {Array.from({ length: 100 }, (_, row) => (
          <SLATimer key={row} dueAt={Date.now() + row * 60_000} />
        ))}
      </LotseProvider>,
    );
    expect(screen.getAllByRole('timer')).toHaveLength(100);
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    unmount();
    expect(clearIntervalSpy).toHaveBeenCalledTimes(1);
  });
});
