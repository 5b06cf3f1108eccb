import { describe, expect, it } from '@jest/globals';
import { bothScopes, entityRows, narrowTo, reaches, rowsWhere, type EntityScope } from './scope.ts';

const every: EntityScope = { kind: 'every' };
const none: EntityScope = { kind: 'none' };
const some = (...entities: string[]): EntityScope => ({ kind: 'some', entities });

describe('entity scopes', () => {
  it('reaches an entity only when it is every entity or lists it', () => {
    expect(reaches(every, 'ka')).toBe(true);
    expect(reaches(some('ka'), 'ka')).toBe(true);
    expect(reaches(some('ka'), 'ol')).toBe(false);
    expect(reaches(none, 'ka')).toBe(false);
  });

  it('reaches "every entity" (null) only from a global scope', () => {
    expect(reaches(every, null)).toBe(true);
    expect(reaches(some('ka', 'ol'), null)).toBe(false);
  });

  it('narrows to the asked entity, or to nothing when it is out of reach', () => {
    expect(narrowTo(every, 'ka')).toEqual(some('ka'));
    expect(narrowTo(some('ka', 'ol'), 'ol')).toEqual(some('ol'));
    expect(narrowTo(some('ka'), 'ol')).toEqual(none);
    expect(narrowTo(some('ka'), null)).toEqual(some('ka'));
  });

  it('becomes a where condition on the entity column', () => {
    expect(entityRows(every)).toEqual(rowsWhere({}));
    expect(entityRows(some('ka', 'ol'))).toEqual(rowsWhere({ entity: { $in: ['ka', 'ol'] } }));
    expect(entityRows(some())).toEqual({ kind: 'none' });
    expect(entityRows(none)).toEqual({ kind: 'none' });
  });

  it('combines row scopes, none winning', () => {
    expect(bothScopes(rowsWhere({ a: 1 }), rowsWhere({ b: 2 }))).toEqual(
      rowsWhere({ $and: [{ a: 1 }, { b: 2 }] }),
    );
    expect(bothScopes(rowsWhere({ a: 1 }), { kind: 'none' })).toEqual({ kind: 'none' });
  });
});
