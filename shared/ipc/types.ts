import type { z } from 'zod';
import type { Result } from '../errors.js';
import type { Channel, Contract } from './contract.js';
import type { EventName, Events } from './events.js';

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Exclude<Contract[C]['__output'], undefined>;

/** What the preload (Electron) or the bridge script (browser host) puts on `window.novadesk`. */
export interface NovadeskBridge {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void;
  readonly version: Readonly<{ app: string; electron?: string; host: 'electron' | 'browser' }>;
}
