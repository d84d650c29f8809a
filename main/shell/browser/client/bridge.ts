/**
 * `window.novadesk` for the browser host: the same bridge the Electron preload exposes, over
 * same-origin fetch (the session cookie rides along) and server-sent events.
 */
type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
let source: EventSource | undefined;

function ensureSource(event: string): void {
  source ??= new EventSource('/events');
  if (!listeners.has(event)) {
    listeners.set(event, new Set());
    source.addEventListener(event, (e) => {
      const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
      for (const l of listeners.get(event) ?? []) l(payload);
    });
  }
}

const bridge = {
  async invoke(channel: string, input: unknown) {
    try {
      const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? null),
      });
      return await res.json();
    } catch (e) {
      return { ok: false, error: { kind: 'network', message: `Novadesk's main process did not answer: ${String(e)}` } };
    }
  },
  on(event: string, callback: Listener) {
    ensureSource(event);
    listeners.get(event)!.add(callback);
    return () => {
      listeners.get(event)?.delete(callback);
    };
  },
  version: Object.freeze({ app: '0.1.0', host: 'browser' as const }),
};

Object.defineProperty(window, 'novadesk', { value: Object.freeze(bridge), writable: false, configurable: false });
