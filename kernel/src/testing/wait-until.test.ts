import { describe, expect, it } from '@jest/globals';
import { waitUntil } from './wait-until.ts';

describe('waitUntil', () => {
  it('resolves once a condition turns true, checking again after each failed check', async () => {
    let checks = 0;
    await waitUntil('the third check', () => ++checks === 3);
    expect(checks).toBe(3);
  });

  it('awaits asynchronous conditions', async () => {
    let checks = 0;
    await waitUntil('the second check', async () => ++checks === 2);
    expect(checks).toBe(2);
  });

  it('fails with what it waited for once the time is up', async () => {
    await expect(waitUntil('a condition that never holds', () => false, 50)).rejects.toThrow(
      'timed out waiting for a condition that never holds',
    );
  });
});
