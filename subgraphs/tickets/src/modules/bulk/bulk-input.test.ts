import { describe, expect, it } from '@jest/globals';
import { bulkAction, bulkIds, MAX_BULK_IDS } from './bulk-input.ts';

const code = (run: () => void) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
};

describe('bulk input', () => {
  it('takes each id once, in order, up to the limit', () => {
    expect(bulkIds(['b', 'a', 'b'])).toEqual(['b', 'a']);
    expect(code(() => bulkIds([]))).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
    const many = Array.from({ length: MAX_BULK_IDS + 1 }, (_, i) => String(i));
    expect(code(() => bulkIds(many))).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(bulkIds(many.slice(1))).toHaveLength(MAX_BULK_IDS);
  });

  it('reads exactly one action', () => {
    expect(bulkAction({ ids: [], assign: { assigneeId: null } })).toEqual({
      kind: 'assign',
      assigneeId: null,
    });
    expect(bulkAction({ ids: [], status: { status: 'closed', resolutionNotes: 'done' } })).toEqual({
      kind: 'status',
      status: 'closed',
      resolutionNotes: 'done',
    });
    expect(bulkAction({ ids: [], delete: true })).toEqual({ kind: 'delete' });
    expect(code(() => bulkAction({ ids: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(code(() => bulkAction({ ids: [], priority: 'high', delete: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input',
    });
  });
});
