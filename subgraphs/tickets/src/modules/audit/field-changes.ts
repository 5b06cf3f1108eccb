/** One field of a recorded change, values rendered as text (strings as they are, anything else as JSON). */
export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

const render = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields a change touched, from the before/after snapshots the outbox keeps: a field appears when
 * its value differs (a created record has no before, so every field it was created with appears).
 * A payload that is not an object is one change of the field `value`.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    const [oldValue, newValue] = [render(before), render(after)];
    return oldValue === newValue ? [] : [{ field: 'value', oldValue, newValue }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields.flatMap((field) => {
    const [oldValue, newValue] = [render(from[field]), render(to[field])];
    return oldValue === newValue ? [] : [{ field, oldValue, newValue }];
  });
}
