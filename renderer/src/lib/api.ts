import type { Result } from '../../../shared/errors.js';
import type { Channel } from '../../../shared/ipc/contract.js';
import type { EventName, Events } from '../../../shared/ipc/events.js';
import type { InputOf, NovadeskBridge, OutputOf } from '../../../shared/ipc/types.js';
import { takeEarly } from './early-answers.js';

declare global {
  interface Window {
    novadesk: NovadeskBridge;
  }
}

/**
 * The typed client built from the contract: `api.invoke('servers.list', {...})`. No code per
 * operation; the channel name picks the input and output types.
 */
export const api = {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
    return (takeEarly(channel, input) as Promise<Result<OutputOf<C>>> | undefined) ?? window.novadesk.invoke(channel, input);
  },
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void {
    return window.novadesk.on(event, callback);
  },
};

/** Like `invoke`, but throws the serialized error: for code paths that show errors centrally. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await api.invoke(channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { serialized: r.error });
  return r.value;
}
