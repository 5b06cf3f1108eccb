import { z } from 'zod';
import { ticketPriorities, ticketStatuses } from '../tickets/ticket.entity.ts';

/**
 * One line of an import file (docs/tickets/import.md): a ticket of another desk with its history.
 * Validated completely before anything is written; a failure names the field it is about.
 */
const MAX_TEXT = 100_000;
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const email = z
  .email()
  .max(320)
  .transform((value) => value.toLowerCase());
const lowerEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(values));

const assigned = z.object({ at: instant, type: z.literal('assigned'), to: email });
const message = z.object({
  at: instant,
  type: z.literal('message'),
  author: email,
  public: z.boolean(),
  body: z.string().min(1).max(MAX_TEXT),
});
const status = z.object({ at: instant, type: z.literal('status'), to: lowerEnum(ticketStatuses) });
const rating = z.object({
  at: instant,
  type: z.literal('rating'),
  score: z.number().int().min(1).max(5),
  comment: z.string().max(5_000).nullish(),
});

export const importLineSchema = z
  .object({
    externalId: z.string().trim().min(1).max(200),
    entity: z.string().min(1).max(100),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(MAX_TEXT).default(''),
    priority: lowerEnum(ticketPriorities).default('medium'),
    category: z.string().trim().min(1).max(500).nullish(),
    tags: z.array(z.string()).max(20).default([]),
    channel: z.string().max(50).nullish(),
    customer: z.object({ email, name: z.string().trim().min(1).max(200) }),
    createdAt: instant,
    events: z
      .array(z.discriminatedUnion('type', [assigned, message, status, rating]))
      .max(10_000)
      .default([]),
  })
  .superRefine((line, issues) => {
    let previous = line.createdAt;
    line.events.forEach((event, index) => {
      if (event.at < previous)
        issues.addIssue({
          code: 'custom',
          path: ['events', index, 'at'],
          message: 'events must be in time order, none before createdAt',
        });
      previous = event.at;
    });
  });

export type ImportLine = z.output<typeof importLineSchema>;
export type ImportEvent = ImportLine['events'][number];

export type ParsedLine = { ok: true; line: ImportLine } | { ok: false; reason: string };

/** A line of the file as a ticket to import, or why it is not one (`field: problem`). */
export function parseImportLine(text: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const result = importLineSchema.safeParse(json);
  if (result.success) return { ok: true, line: result.data };
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  return { ok: false, reason: field ? `${field}: ${issue.message}` : issue.message };
}

/** The lines of an NDJSON text with their 1-based numbers, blank lines skipped. */
export function ndjsonLines(text: string): { number: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
}
