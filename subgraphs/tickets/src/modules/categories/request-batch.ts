/**
 * Batches the lookups one request makes in the same tick — a field resolved for every row of a list —
 * into one query, the way DataLoader does, but without a cache: each batch is read fresh, so a
 * long-lived context (a subscription's) never serves stale rows. Batches are kept per request context
 * (a WeakMap key, gone with the request) and per loader name.
 */
type Load<Value> = (keys: string[]) => Promise<Map<string, Value>>;

interface Batch {
  keys: Set<string>;
  result: Promise<Map<string, unknown>>;
}

const pending = new WeakMap<object, Map<string, Batch>>();

/** After the promise jobs of this tick, so every resolver of the tick has added its key. */
const afterThisTick = () =>
  Promise.resolve().then(() => new Promise<void>((resolve) => process.nextTick(resolve)));

export function loadBatched<Value>(
  context: object,
  name: string,
  key: string,
  load: Load<Value>,
): Promise<Value | undefined> {
  let batches = pending.get(context);
  if (!batches) pending.set(context, (batches = new Map()));
  let batch = batches.get(name);
  if (!batch) {
    const keys = new Set<string>();
    const owner = batches;
    const result = afterThisTick().then(() => {
      owner.delete(name);
      return load([...keys]);
    });
    batch = { keys, result };
    batches.set(name, batch);
  }
  batch.keys.add(key);
  return batch.result.then((values) => values.get(key) as Value | undefined);
}
