import { describe, expect, it } from '@jest/globals';
import { loadBatched } from './request-batch.ts';

describe('loadBatched', () => {
  it('answers the keys asked for in one tick with one load, and loads afresh afterwards', async () => {
    const context = {};
    const loads: string[][] = [];
    const load = async (keys: string[]) => {
      loads.push(keys);
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    };
    const first = await Promise.all(['a', 'b', 'a'].map((key) => loadBatched(context, 'letters', key, load)));
    expect(first).toEqual(['A', 'B', 'A']);
    expect(loads).toEqual([['a', 'b']]);
    expect(await loadBatched(context, 'letters', 'c', load)).toBe('C');
    expect(await loadBatched(context, 'letters', 'missing', async () => new Map())).toBeUndefined();
    expect(loads).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps requests and loader names apart', async () => {
    const loads: string[][] = [];
    const load = async (keys: string[]) => (loads.push(keys), new Map(keys.map((key) => [key, key])));
    await Promise.all([
      loadBatched({}, 'x', '1', load),
      loadBatched({}, 'x', '2', load),
      loadBatched({ same: true }, 'y', '3', load),
    ]);
    expect(loads).toHaveLength(3);
  });
});
