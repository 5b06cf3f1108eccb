/**
 * The measured operation: the console's ticket list, one page of 50 in one entity and status,
 * newest first. No totalCount and no federated fields, so the gateway, the subgraph and the raw
 * SQL do the same work: one indexed page read.
 */
export const PAGE_QUERY =
  'query TicketPage { tickets(filter: {entity: "kids_ascension", status: [NEW]}, first: 50) ' +
  '{ edges { node { id number title status priority createdAt } } pageInfo { hasNextPage endCursor } } }';

export const PAGE_BODY = JSON.stringify({ query: PAGE_QUERY, operationName: 'TicketPage' });

/**
 * The statement MikroORM issues for that page (captured with `debug: ['query']`): the filter and
 * the CASL scope of a KA agent merged into one where, all columns, one row more than the page to
 * learn whether a next page exists.
 */
export const PAGE_SQL = {
  text:
    'select "t0".* from "tickets"."ticket" as "t0" ' +
    'where "t0"."entity" = $1 and "t0"."status" in ($2) and "t0"."entity" = $3 ' +
    'order by "t0"."created_at" desc, "t0"."id" desc limit $4',
  values: ['kids_ascension', 'new', 'kids_ascension', 51],
};

/** The connection pool MikroORM gives each subgraph (kernel/src/db/orm.ts): the SQL path gets the same. */
export const ORM_POOL_SIZE = 10;
