import type { SerializedError } from '../../../shared/errors.js';
import type { ActionDef } from './action-table.js';
import { rowKey, type ListState } from './list-store.js';
import { send } from './request.js';

/**
 * What running an action needs of a store: the kit's list store has it, and so does a
 * resource's own store (the servers store, with its filters and all-clouds view).
 */
export interface ActionStore<Row> {
  getState(): Pick<ListState<unknown>, 'setPending' | 'setRowError' | 'refreshRows'> & {
    /** after an action succeeded and the row was re-read (servers: poke the cloud's watcher) */
    afterAction?(cloud: string, id: string): void;
  };
  channels: {
    idOf(row: Row): string;
    /** rows of several clouds in one list (all clouds): each row's own cloud */
    cloudOf?(row: Row): string;
  };
}

export interface ActionResult<Row> {
  row: Row;
  error: SerializedError | undefined;
}

/**
 * Sends one action for one row: the row shows it in progress; on success the row is re-read
 * at once, so what it shows next is Nova's answer and never an older poll; a refusal stays
 * on the row until dismissed or the next action.
 */
export async function runAction<Row>(store: ActionStore<Row>, action: ActionDef<Row>, viewCloud: string, row: Row): Promise<SerializedError | undefined> {
  const st = store.getState();
  const cloud = store.channels.cloudOf?.(row) ?? viewCloud;
  const id = store.channels.idOf(row);
  const key = rowKey(cloud, id);
  st.setRowError(key, undefined);
  if (action.perform) {
    try {
      await action.perform(row, cloud);
      return undefined;
    } catch (e) {
      return { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
    }
  }
  if (!action.request) throw new Error(`action ${action.id} sends nothing: open its dialog instead`);
  st.setPending(key, { action: action.id, since: Date.now() });
  let error: SerializedError | undefined;
  let answer: unknown;
  try {
    const r = await send(action.request, row, cloud);
    if (!r.ok) error = r.error;
    else answer = r.value;
  } catch (e) {
    error = { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
  }
  if (error) {
    st.setPending(key, undefined);
    st.setRowError(key, { action: action.id, error });
    return error;
  }
  try {
    action.after?.(answer, row, cloud);
  } catch {
    // what it adds elsewhere is a courtesy: the action itself succeeded
  }
  await st.refreshRows(cloud, [id]).catch(() => undefined);
  st.setPending(key, undefined);
  st.afterAction?.(cloud, id);
  return undefined;
}

/** Runs an action over several rows, a few at a time so a big batch does not flood the cloud. */
export async function runBatch<Row>(store: ActionStore<Row>, action: ActionDef<Row>, cloud: string, rows: readonly Row[], concurrency = 4): Promise<Array<ActionResult<Row>>> {
  const results: Array<ActionResult<Row>> = [];
  let next = 0;
  async function worker() {
    while (next < rows.length) {
      const row = rows[next++]!;
      results.push({ row, error: await runAction(store, action, cloud, row) });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
  return results;
}
