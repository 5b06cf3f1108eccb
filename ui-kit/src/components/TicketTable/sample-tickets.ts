// Deterministic sample data for stories, tests and the browser measurement: the same tickets on every run.
import { ticketPriorities, ticketStatuses } from '../../domain.ts';
import type { Agent, Entity, TicketSummary } from '../../domain.ts';

export const sampleNow = new Date('2025-03-10T09:00:00Z');

export const sampleEntities: Entity[] = [
  { code: 'kids_ascension', prefix: 'KA', name: 'Kids Ascension' },
  { code: 'ozean_licht', prefix: 'OL', name: 'Ozean Licht' },
];

export const sampleAgents: Agent[] = [
  { id: 'a1', name: 'Mara Lindqvist', presence: 'online', openTickets: 4 },
  { id: 'a2', name: 'Jonas Weber', presence: 'busy', openTickets: 17 },
  { id: 'a3', name: 'Aylin Demir', presence: 'away', openTickets: 9 },
  { id: 'a4', name: 'Theo Brandt', presence: 'offline', openTickets: 0 },
];

const titles = [
  'Passwort lässt sich nicht zurücksetzen',
  'Rechnung doppelt abgebucht',
  'Kurszugang nach Kauf fehlt',
  'Video ruckelt in der App',
  'Newsletter abbestellen',
  'Adresse im Kundenkonto ändern',
  'Gutscheincode wird nicht akzeptiert',
  'Zertifikat nicht erhalten',
];
const requesters = ['Lena Hofmann', 'Paul Krüger', 'Sofia Rossi', 'Emil Nowak', 'Hanna Schulz'];
const categories = ['Konto', 'Abrechnung', 'Technik', 'Inhalte'];
const tagSets = [['vip'], [], ['rückruf', 'app'], ['erstattung'], []];

/** Small pseudo-random generator (mulberry32), so "random" tickets are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

export function sampleTickets(count: number, seed = 42): TicketSummary[] {
  const random = seeded(seed);
  // Numbered as the API numbers them: per entity and year, e.g. KA-2025-00001.
  const issued = new Map<string, number>();
  const nextNumber = (entity: Entity) => {
    const count = (issued.get(entity.code) ?? 0) + 1;
    issued.set(entity.code, count);
    return `${entity.prefix}-${sampleNow.getUTCFullYear()}-${String(count).padStart(5, '0')}`;
  };
  return Array.from({ length: count }, (_, index) => {
    const entity = pick(random, sampleEntities);
    const status = pick(random, ticketStatuses);
    const minutesAgo = Math.floor(random() * 60 * 24 * 20);
    const updatedAt = new Date(sampleNow.getTime() - minutesAgo * 60_000);
    const assignee = status === 'NEW' ? null : pick(random, sampleAgents);
    const dueInMinutes = Math.floor(random() * 600) - 120;
    return {
      id: `t${index + 1}`,
      number: nextNumber(entity),
      title: pick(random, titles),
      status,
      priority: pick(random, ticketPriorities),
      entity,
      requester: pick(random, requesters),
      assignee,
      category: pick(random, categories),
      tags: pick(random, tagSets),
      createdAt: new Date(updatedAt.getTime() - 3 * 60 * 60_000).toISOString(),
      updatedAt: updatedAt.toISOString(),
      sla:
        status === 'RESOLVED' || status === 'CLOSED'
          ? null
          : {
              dueAt: new Date(sampleNow.getTime() + dueInMinutes * 60_000).toISOString(),
              ...(status === 'WAITING' ? { pausedAt: sampleNow.toISOString() } : {}),
            },
    };
  });
}
