import { nextActiveIndex } from './list-keys.ts';
import { matchesQuery } from './match-query.ts';

describe('nextActiveIndex', () => {
  test('↓ and ↑ step through the options and wrap at both ends', () => {
    expect(nextActiveIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextActiveIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextActiveIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextActiveIndex('ArrowUp', 2, 3)).toBe(1);
  });

  test('from no active option ↓ reaches the first and ↑ the last', () => {
    expect(nextActiveIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextActiveIndex('ArrowUp', -1, 3)).toBe(2);
  });

  test('leaves other keys and empty lists alone', () => {
    expect(nextActiveIndex('Home', 1, 3)).toBeUndefined();
    expect(nextActiveIndex('a', 1, 3)).toBeUndefined();
    expect(nextActiveIndex('ArrowDown', -1, 0)).toBeUndefined();
  });
});

describe('matchesQuery', () => {
  test('ignores case and accents, in both directions', () => {
    expect(matchesQuery('Jonas Müller', 'muller')).toBe(true);
    expect(matchesQuery('Rückerstattung', 'RÜCK')).toBe(true);
    expect(matchesQuery('Jonas Muller', 'müller')).toBe(true);
  });

  test('needs every word, in any order; an empty query matches everything', () => {
    expect(matchesQuery('Abrechnung › Erstattungen', 'erstatt abrech')).toBe(true);
    expect(matchesQuery('Abrechnung › Erstattungen', 'erstatt konto')).toBe(false);
    expect(matchesQuery('Abrechnung', '   ')).toBe(true);
  });
});
