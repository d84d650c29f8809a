/**
 * The preload: one generic, allow-listed `invoke` plus `on` (DESIGN.md decision 1).
 * Adding an operation never touches this file. Bundled to one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import { EVENTS } from '../../../shared/ipc/events.js';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

contextBridge.exposeInMainWorld('novadesk', {
  invoke(channel: string, input: unknown) {
    if (!channels.has(channel)) return Promise.resolve({ ok: false, error: { kind: 'validation', message: `unknown channel ${channel}`, field: 'channel' } });
    return ipcRenderer.invoke(channel, input);
  },
  on(event: string, callback: (payload: unknown) => void) {
    if (!events.has(event)) throw new Error(`unknown event ${event}`);
    const listener = (_e: IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
  version: Object.freeze({ app: process.env.npm_package_version ?? '0.1.0', electron: process.versions.electron }),
});
