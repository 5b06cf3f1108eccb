import { describe, expect, it } from '@jest/globals';
import { ndjsonLines, parseImportLine } from './import-line.ts';

const good = {
  externalId: 'ZD-1',
  entity: 'kids_ascension',
  title: 'Invoice missing',
  description: 'Where is my invoice?',
  priority: 'HIGH',
  category: 'Billing/Invoices',
  tags: ['billing'],
  channel: 'email',
  customer: { email: 'Anna@Example.com', name: 'Anna' },
  createdAt: '2024-03-01T09:00:00Z',
  events: [
    { at: '2024-03-01T09:05:00Z', type: 'assigned', to: 'agent@example.com' },
    {
      at: '2024-03-01T09:10:00Z',
      type: 'message',
      author: 'agent@example.com',
      public: true,
      body: '<p>Hi</p>',
    },
    { at: '2024-03-02T09:00:00Z', type: 'status', to: 'RESOLVED' },
    { at: '2024-03-03T09:00:00Z', type: 'rating', score: 5, comment: 'Thanks' },
  ],
};

describe('parseImportLine', () => {
  it('accepts a complete line and normalizes emails, priority and status', () => {
    const parsed = parseImportLine(JSON.stringify(good));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.line.priority).toBe('high');
    expect(parsed.line.customer.email).toBe('anna@example.com');
    expect(parsed.line.events[2]).toMatchObject({ type: 'status', to: 'resolved' });
    expect(parsed.line.createdAt.toISOString()).toBe('2024-03-01T09:00:00.000Z');
  });

  it('names the field of a failure', () => {
    expect(parseImportLine('{nope')).toEqual({ ok: false, reason: 'not valid JSON' });
    const badScore = { ...good, events: [{ at: '2024-03-03T09:00:00Z', type: 'rating', score: 7 }] };
    expect(parseImportLine(JSON.stringify(badScore))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^events\.0\.score/),
    });
    const { externalId: _omit, ...noId } = good;
    expect(parseImportLine(JSON.stringify(noId))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^externalId/),
    });
    expect(
      parseImportLine(JSON.stringify({ ...good, events: [{ at: 'x', type: 'status', to: 'NEW' }] })),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^events\.0\.at/),
    });
  });

  it('refuses events out of time order', () => {
    const events = [good.events[2], good.events[0]];
    expect(parseImportLine(JSON.stringify({ ...good, events }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/time order/),
    });
  });

  it('numbers lines from 1 and skips blank ones', () => {
    expect(ndjsonLines('a\n\n b \r\n')).toEqual([
      { number: 1, text: 'a' },
      { number: 3, text: 'b' },
    ]);
  });
});
