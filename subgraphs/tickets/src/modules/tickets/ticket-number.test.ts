import { describe, expect, it } from '@jest/globals';
import { formatTicketNumber } from './ticket-number.ts';

describe('formatTicketNumber', () => {
  it('joins prefix, year and a five-digit sequence', () => {
    expect(formatTicketNumber('KA', 2026, 1)).toBe('KA-2026-00001');
    expect(formatTicketNumber('OL', 2027, 42)).toBe('OL-2027-00042');
  });

  it('uses all five digits without padding', () => {
    expect(formatTicketNumber('KA', 2026, 99_999)).toBe('KA-2026-99999');
  });

  it('grows beyond five digits instead of truncating or wrapping', () => {
    expect(formatTicketNumber('KA', 2026, 100_000)).toBe('KA-2026-100000');
    expect(formatTicketNumber('KA', 2026, 1_234_567)).toBe('KA-2026-1234567');
  });

  it('keeps numbers of different entities and years apart', () => {
    const numbers = new Set([
      formatTicketNumber('KA', 2026, 7),
      formatTicketNumber('OL', 2026, 7),
      formatTicketNumber('KA', 2027, 7),
    ]);
    expect(numbers.size).toBe(3);
  });

  it('sorts as text in sequence order within five digits', () => {
    const numbers = [3, 21, 100, 9, 12_345].map((sequence) => formatTicketNumber('KA', 2026, sequence));
    expect([...numbers].sort()).toEqual(
      [3, 9, 21, 100, 12_345].map((sequence) => formatTicketNumber('KA', 2026, sequence)),
    );
  });
});
