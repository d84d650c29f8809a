import type { ActionTable } from './action-table.js';
import { request } from './request.js';

/** A small resource for the kit's tests: a volume-like thing with a state and a lock. */
export interface Thing {
  id: string;
  name: string;
  size: number;
  state: 'ready' | 'busy';
  locked: boolean;
}

export const thing = (over: Partial<Thing> = {}): Thing => ({ id: 't1', name: 'alpha', size: 10, state: 'ready', locked: false, ...over });

const locked = { reason: 'locked', blocks: (t: Thing) => t.locked };

export const THING_ACTIONS: ActionTable<Thing> = {
  namespace: 'kit-test',
  actions: [
    { id: 'start', group: 'power', request: request('servers.start', (t: Thing, cloud: string) => ({ cloud, id: t.id })), batchable: true, guards: [{ reason: 'busy', blocks: (t) => t.state === 'busy' }, locked] },
    { id: 'stop', group: 'power', request: request('servers.stop', (t: Thing, cloud: string) => ({ cloud, id: t.id })), batchable: true, guards: [locked] },
    { id: 'resize', group: 'change', dialog: 'resize', guards: [locked] },
    { id: 'lock', group: 'change', request: request('servers.lock', (t: Thing, cloud: string) => ({ cloud, id: t.id })), guards: [{ reason: 'alreadyLocked', blocks: (t) => t.locked }] },
    { id: 'delete', group: 'remove', request: request('servers.delete', (t: Thing, cloud: string) => ({ cloud, id: t.id })), batchable: true, danger: true, confirm: { production: true }, guards: [locked] },
  ],
};
