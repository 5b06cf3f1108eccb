/**
 * The resolver of a GraphQL enum whose values the database stores in snake_case: `IN_PROGRESS` in the
 * schema is `in_progress` in a row. Built from the entity's own list of values, so the two cannot drift.
 */
export type EnumValues<Value extends string> = { [V in Value as Uppercase<V>]: V };

export function enumValues<const Value extends string>(values: readonly Value[]): EnumValues<Value> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as EnumValues<Value>;
}
