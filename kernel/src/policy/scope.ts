/**
 * How far a permission reaches, said explicitly instead of with `null`, `[]` or `false` (which meant
 * "nothing" in one place and "everything" in another).
 *
 * - `EntityScope`: in which entities (brands) the caller may do something.
 * - `RowScope`: which rows of a table the caller may touch, as a MikroORM `where` condition. `none`
 *   means the caller may touch no row at all: callers answer with an empty result without querying.
 */
export type EntityScope =
  | { readonly kind: 'none' }
  | { readonly kind: 'every' }
  | { readonly kind: 'some'; readonly entities: readonly string[] };

export type Where = Record<string, unknown>;

export type RowScope = { readonly kind: 'none' } | { readonly kind: 'rows'; readonly where: Where };

export const noRows: RowScope = { kind: 'none' };
export const rowsWhere = (where: Where): RowScope => ({ kind: 'rows', where });

/** Whether the scope reaches `entity`; `null` stands for "every entity" and is reached only by `every`. */
export function reaches(scope: EntityScope, entity: string | null): boolean {
  if (scope.kind === 'every') return true;
  return scope.kind === 'some' && entity !== null && scope.entities.includes(entity);
}

/** The scope narrowed to one entity when the caller asks for one (`null`: no narrowing). */
export function narrowTo(scope: EntityScope, entity: string | null | undefined): EntityScope {
  if (!entity || scope.kind === 'none') return scope;
  return reaches(scope, entity) ? { kind: 'some', entities: [entity] } : { kind: 'none' };
}

/** The rows whose `entity` column lies within the scope. */
export function entityRows(scope: EntityScope, column = 'entity'): RowScope {
  if (scope.kind === 'none' || (scope.kind === 'some' && !scope.entities.length)) return noRows;
  return rowsWhere(scope.kind === 'every' ? {} : { [column]: { $in: [...scope.entities] } });
}

/** Both conditions at once; `none` wins. */
export function bothScopes(a: RowScope, b: RowScope): RowScope {
  if (a.kind === 'none' || b.kind === 'none') return noRows;
  return rowsWhere({ $and: [a.where, b.where] });
}
