import { useEffect, useState } from 'react';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import type { Channel } from '../../../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../../../shared/ipc/types.js';
import { api } from '../../lib/api.js';

export interface Answer<T> {
  value: T | undefined;
  error: SerializedError | undefined;
}

/**
 * One channel's answer for a dialog or a screen's lookups, asked again when `key` changes
 * (an answer to an earlier key is dropped); nothing is asked while `input` is undefined.
 */
export function useAnswer<C extends Channel>(channel: C, input: InputOf<C> | undefined, key: string): Answer<OutputOf<C>> {
  const [answer, setAnswer] = useState<Answer<OutputOf<C>> & { key?: string }>({ value: undefined, error: undefined });
  useEffect(() => {
    if (input === undefined) return;
    let live = true;
    void api.invoke(channel, input).then((r) => live && setAnswer(r.ok ? { value: r.value, error: undefined, key } : { value: undefined, error: r.error, key }));
    return () => {
      live = false;
    };
    // the input is compared by its key
  }, [channel, key, input === undefined]);
  return answer.key === key ? answer : { value: undefined, error: undefined };
}

/**
 * Server names for ids (the servers floating IPs point at): the project's list once, then each
 * id it lacks (a server made since, another project's for an admin) read once; `null` for a
 * server that is gone or not visible.
 */
export function useServerNames(cloud: string, servers: readonly Server[] | undefined, ids: readonly string[]): Record<string, string | null> {
  const [extra, setExtra] = useState<Record<string, string | null>>({});
  const listed = new Map((servers ?? []).map((s) => [s.id, s.name]));
  const missing = servers ? ids.filter((id) => !listed.has(id) && !(id in extra)) : [];
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    let live = true;
    void Promise.all(missingKey.split(',').map((id) => api.invoke('servers.get', { cloud, id }).then((r) => [id, r.ok ? r.value.name : null] as const))).then(
      (pairs) => live && setExtra((e) => ({ ...e, ...Object.fromEntries(pairs) })),
    );
    return () => {
      live = false;
    };
  }, [cloud, missingKey]);
  useEffect(() => setExtra({}), [cloud]);
  const names: Record<string, string | null> = { ...extra };
  for (const id of ids) if (listed.has(id)) names[id] = listed.get(id)!;
  return names;
}
