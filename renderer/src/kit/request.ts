import type { Result } from '../../../shared/errors.js';
import type { Channel } from '../../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../../shared/ipc/types.js';
import { api } from '../lib/api.js';

/**
 * One IPC channel and the function that builds its input: how the kit names what a list, a
 * row re-read or an action sends. The channel stays readable (tests, the log, the palette);
 * the input builder is typed against the contract where the request is declared, so a row in
 * an action table cannot send a field the channel does not take.
 */
export interface ChannelRequest<Args extends unknown[], Out = unknown> {
  readonly channel: Channel;
  input(...args: Args): unknown;
  /** type only: what the channel answers */
  readonly __out?: Out;
}

export function request<C extends Channel, Args extends unknown[]>(channel: C, input: (...args: Args) => InputOf<C>): ChannelRequest<Args, OutputOf<C>> {
  return { channel, input };
}

/** Sends the request through the renderer's one boundary (`window.novadesk.invoke`). */
export function send<Args extends unknown[], Out>(req: ChannelRequest<Args, Out>, ...args: Args): Promise<Result<Out>> {
  // the builder was checked against this channel's input where `request()` was called
  return api.invoke(req.channel, req.input(...args) as never) as Promise<Result<Out>>;
}
