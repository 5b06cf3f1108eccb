import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageSize } from '@lotse/kernel/graphql/pagination';
import type { SubgraphContext } from '@lotse/kernel/graphql/subgraph-context';
import type { EntityScope } from '@lotse/kernel/policy/scope';
import { conversationTickets, noteReaders, readableMessages } from '../conversation/conversation-access.ts';
import { MessageSchema } from '../conversation/message.entity.ts';
import { TicketSchema, type TicketEntity } from '../tickets/ticket.entity.ts';
import { hasMark, MARK_START, MARK_STOP, snippetHtml } from './highlight.ts';
import { cleanQuery, decodeOffset, encodeOffset, MAX_RESULTS, ticketNumberIn } from './search-input.ts';

const TYPO_SIMILARITY = 0.5;

export interface SearchHighlight {
  field: 'title' | 'description' | 'message';
  snippet: string;
  messageId: string | null;
}
export interface SearchHit {
  ticket: TicketEntity;
  rank: number;
  highlights: SearchHighlight[];
}
export interface SearchPage {
  edges: { cursor: string; node: SearchHit }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface SearchArgs {
  query: string;
  entity?: string | null;
  status?: TicketEntity['status'][] | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The SQL condition on a message `m` of ticket `t` that the caller may read, for the correlated
 * parts of the search (rank, snippet): public replies always, internal notes where the caller reads
 * them (the same rule as `readableMessages`, which guards the match itself).
 */
function visibleMessageSql(notes: EntityScope): { sql: string; params: unknown[] } {
  if (notes.kind === 'every') return { sql: 'true', params: [] };
  if (notes.kind === 'none') return { sql: "m.visibility = 'public_reply'", params: [] };
  return { sql: "(m.visibility = 'public_reply' or t.entity in (?))", params: [[...notes.entities]] };
}

/**
 * Tickets matching the words, ranked: title and description (stemmed German and English, plain words,
 * accents ignored), the messages the caller may read, typos in a word of the title (trigram word
 * similarity) and the ticket
 * number. Scope and visibility are part of the query; deleted tickets are never found.
 */
export async function searchTickets(context: SubgraphContext, args: SearchArgs): Promise<SearchPage> {
  const text = cleanQuery(args.query);
  const size = pageSize(args.first);
  const offset = decodeOffset(args.after);
  const empty: SearchPage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const tickets = conversationTickets(context);
  if (tickets.kind === 'none' || offset >= MAX_RESULTS) return empty;
  const { em } = context;
  const messages = readableMessages(context);
  const visible = visibleMessageSql(noteReaders(context));
  const number = ticketNumberIn(text);

  const matches: Record<string, unknown>[] = [
    { [raw('t.search_vector @@ tickets.search_query(?)', [text])]: true },
    { [raw('? operator(public.<%) t.title', [text])]: true },
  ];
  if (number) matches.push({ number });
  if (messages.kind === 'rows') {
    const inMessages = em
      .createQueryBuilder(MessageSchema, 'm')
      .select('m.ticket')
      .where(messages.where)
      .andWhere('m.search_vector @@ tickets.search_query(?)', [text]);
    matches.push({ id: { $in: inMessages } });
  }
  const filters: Record<string, unknown> = {};
  if (args.entity) filters.entity = args.entity;
  if (args.status?.length) filters.status = { $in: args.status };

  const rank = raw(
    `(ts_rank(t.search_vector, tickets.search_query(?)) * 2
     + coalesce((select max(ts_rank(m.search_vector, tickets.search_query(?))) from tickets.message m
                 where m.ticket_id = t.id and m.search_vector @@ tickets.search_query(?) and ${visible.sql}), 0)
     + public.word_similarity(?, t.title)
     + case when t.number = ? then 10 else 0 end) as rank`,
    [text, text, text, ...visible.params, text, number ?? ''],
  );
  const rows: { id: string; rank: number }[] = await em.transactional(async (tx) => {
    // One typo in a six-letter word leaves a word similarity of about 0.57; pg_trgm's default is 0.6.
    await tx.execute(`select set_config('pg_trgm.word_similarity_threshold', '${TYPO_SIMILARITY}', true)`);
    return tx
      .createQueryBuilder(TicketSchema, 't')
      .select(['t.id', rank])
      .where({ $and: [tickets.where, filters, { $or: matches }] })
      .orderBy([{ [raw('rank')]: 'desc' }, { id: 'asc' }])
      .limit(Math.min(size, MAX_RESULTS - offset) + 1)
      .offset(offset)
      .execute('all');
  });
  const page = rows.slice(0, size);
  if (!page.length) return empty;
  const loaded = await em.find(TicketSchema, { id: { $in: page.map((row) => row.id) } });
  const byId = new Map(loaded.map((ticket) => [ticket.id, ticket]));
  const snippets = await highlights(
    em,
    text,
    page.map((row) => row.id),
    visible,
  );
  const edges = page.map((row, index) => ({
    cursor: encodeOffset(offset + index + 1),
    node: { ticket: byId.get(row.id)!, rank: Number(row.rank), highlights: snippets.get(row.id) ?? [] },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size && offset + size < MAX_RESULTS,
      endCursor: edges.at(-1)!.cursor,
    },
  };
}

interface SnippetRow {
  id: string;
  title: string;
  description: string;
  message: string | null;
  message_id: string | null;
}

/** Highlighted snippets of a page of hits, computed for the page only (ts_headline reads the text). */
async function highlights(
  em: EntityManager,
  text: string,
  ids: string[],
  visible: { sql: string; params: unknown[] },
): Promise<Map<string, SearchHighlight[]>> {
  const options = `StartSel=${MARK_START}, StopSel=${MARK_STOP}`;
  const rows: SnippetRow[] = await em.getConnection().execute(
    `select t.id,
       ts_headline('german', t.title, tickets.search_query(?), ? || ', HighlightAll=true') as title,
       ts_headline('german', t.description, tickets.search_query(?), ? || ', MaxFragments=2, MaxWords=24, MinWords=8') as description,
       best.body as message, best.id as message_id
     from tickets.ticket t
     left join lateral (
       select m.id, ts_headline('german', m.body_text, tickets.search_query(?), ? || ', MaxFragments=1, MaxWords=24, MinWords=8') as body
       from tickets.message m
       where m.ticket_id = t.id and m.search_vector @@ tickets.search_query(?) and ${visible.sql}
       order by ts_rank(m.search_vector, tickets.search_query(?)) desc, m.position
       limit 1
     ) best on true
     where t.id in (?)`,
    [text, options, text, options, text, options, text, ...visible.params, text, ids],
  );
  return new Map(
    rows.map((row) => {
      const found: SearchHighlight[] = [];
      if (hasMark(row.title))
        found.push({ field: 'title', snippet: snippetHtml(row.title), messageId: null });
      if (hasMark(row.description))
        found.push({ field: 'description', snippet: snippetHtml(row.description), messageId: null });
      if (hasMark(row.message))
        found.push({ field: 'message', snippet: snippetHtml(row.message), messageId: row.message_id });
      return [row.id, found];
    }),
  );
}
