import type { Server } from '../../../../shared/domain/server.js';
import type { Result, SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { rowKey, useServers } from '../../stores/servers.js';
import type { RowAction } from './server-state.js';

/** The actions that change a server (the log viewers only read). */
export type ChangeAction = Exclude<RowAction, 'consoleLog' | 'actionLog'>;

export interface ActionTarget {
  cloud: string;
  server: Pick<Server, 'id' | 'name'>;
}

function send(cloud: string, id: string, action: ChangeAction, flavorRef: string | undefined): Promise<Result<null>> {
  switch (action) {
    case 'start':
      return api.invoke('servers.start', { cloud, id });
    case 'stop':
      return api.invoke('servers.stop', { cloud, id });
    case 'reboot':
      return api.invoke('servers.reboot', { cloud, id, type: 'SOFT' });
    case 'hardReboot':
      return api.invoke('servers.reboot', { cloud, id, type: 'HARD' });
    case 'resize':
      if (!flavorRef) throw new Error('resize needs a flavor');
      return api.invoke('servers.resize', { cloud, id, flavorRef });
    case 'confirmResize':
      return api.invoke('servers.confirmResize', { cloud, id });
    case 'revertResize':
      return api.invoke('servers.revertResize', { cloud, id });
    case 'lock':
      return api.invoke('servers.lock', { cloud, id });
    case 'unlock':
      return api.invoke('servers.unlock', { cloud, id });
    case 'delete':
      return api.invoke('servers.delete', { cloud, id });
  }
}

/**
 * Sends one action for one row: the row shows it in progress, then its new state from Nova
 * (task state first, e.g. powering-off); the cloud's watcher is poked so it follows the
 * server closely from now on.
 * A refusal stays on the row until dismissed or the next action. Resolves to the error, if any.
 */
export async function runAction(t: ActionTarget, action: ChangeAction, opts: { flavorRef?: string } = {}): Promise<SerializedError | undefined> {
  const st = useServers.getState();
  const key = rowKey(t.cloud, t.server.id);
  st.setRowError(key, undefined);
  st.setPending(key, { action, since: Date.now() });
  let error: SerializedError | undefined;
  try {
    const r = await send(t.cloud, t.server.id, action, opts.flavorRef);
    if (!r.ok) error = r.error;
  } catch (e) {
    error = { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
  }
  if (error) {
    st.setPending(key, undefined);
    st.setRowError(key, { action, error });
    return error;
  }
  // keep the progress mark until the row itself shows the change
  await st.refreshRows(t.cloud, [t.server.id]).catch(() => undefined);
  st.setPending(key, undefined);
  st.watch(t.cloud, true);
  return undefined;
}

/** Runs an action over several rows, a few at a time so a big batch does not flood the cloud. */
export async function runBatch(
  targets: readonly ActionTarget[],
  action: ChangeAction,
  concurrency = 4,
): Promise<Array<{ target: ActionTarget; error: SerializedError | undefined }>> {
  const results: Array<{ target: ActionTarget; error: SerializedError | undefined }> = [];
  let next = 0;
  async function worker() {
    while (next < targets.length) {
      const target = targets[next++]!;
      results.push({ target, error: await runAction(target, action) });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return results;
}
