import type { Server } from '../../../../shared/domain/server.js';

/** Statuses that mean the server is gone from the user's point of view. */
const GONE = new Set(['DELETED']);

/**
 * A list after some servers changed and some disappeared: changed ones replace their old row
 * where it was, new ones go first (the list is newest first), gone ones leave. For a list
 * fetched with filters, `belongs` says whether a server still matches them: a row that stops
 * matching leaves, and a new server joins only when it surely matches (undefined = cannot
 * tell, so it waits for the next full load).
 * Returns the same array when nothing changed, so React skips the re-render.
 */
export function mergeServers(
  current: readonly Server[],
  changed: readonly Server[],
  removed: readonly string[] = [],
  belongs: (s: Server) => boolean | undefined = () => true,
): Server[] {
  if (changed.length === 0 && removed.length === 0) return current as Server[];
  const drop = new Set(removed);
  const byId = new Map<string, Server>();
  for (const s of changed) {
    if (GONE.has(s.status.toUpperCase()) || belongs(s) === false) drop.add(s.id);
    else byId.set(s.id, s);
  }
  let touched = false;
  const next: Server[] = [];
  for (const s of current) {
    if (drop.has(s.id)) {
      touched = true;
      continue;
    }
    const found = byId.get(s.id);
    if (found) {
      byId.delete(s.id);
      const fresh = keepFault(s, found);
      if (fresh !== s) touched = true;
      next.push(fresh);
    } else {
      next.push(s);
    }
  }
  const added = [...byId.values()].filter((s) => belongs(s) === true).sort((a, b) => b.created.localeCompare(a.created));
  if (added.length > 0) touched = true;
  return touched ? [...added, ...next] : (current as Server[]);
}

/**
 * Nova's list answer leaves out `fault` (only `GET /servers/{id}` has it, for servers that
 * failed to schedule at least): a refresh by list must not erase a fault a GET brought, as
 * long as the server is still in the state that fault belongs to.
 */
function keepFault(old: Server, fresh: Server): Server {
  if (fresh.fault || !old.fault || fresh.status !== old.status) return fresh;
  return { ...fresh, fault: old.fault };
}
