import { create } from 'zustand';
import type { Server, ServerAddress } from '../../../../shared/domain/server.js';
import { rereadUntil, sleep } from './reread-until.js';
import { useServers } from './servers-store.js';

/**
 * Neutron's answer about a server's floating IPs, shown on its row before Nova has it.
 *
 * Nova's `addresses` come from its network info cache, which Neutron's `network-changed`
 * event refreshes a moment after a floating IP is associated or taken off (about 2 s on the
 * local cloud) and which does not move the server's `updated`, so main's watcher does not
 * see it. After such a change the row shows Neutron's answer at once (this overlay, applied
 * where the rows are built), the server is re-read until Nova agrees, and then Nova's own
 * answer is all the row shows; if Nova has not agreed within `OVERLAY_MS`, Nova's answer is
 * shown anyway: the list never claims more than the cloud reports for long.
 */

export interface FloatingAdded {
  floating: string;
  /** the fixed address it points at: its network entry gets the floating address */
  fixed: string;
  /** the network's name, for a fixed address Nova does not list yet */
  network: string;
}

export interface AddressOverlay {
  add: FloatingAdded[];
  /** floating addresses taken off */
  remove: string[];
  /** ms since epoch: after this, Nova's answer is shown whatever it says */
  until: number;
}

export const OVERLAY_MS = 60_000;

/** The server with Neutron's changes applied to its addresses. */
export function overlayServer(s: Server, o: AddressOverlay): Server {
  const gone = new Set(o.remove);
  const addresses: Record<string, ServerAddress[]> = {};
  for (const [net, list] of Object.entries(s.addresses)) addresses[net] = list.filter((a) => !(gone.has(a.addr) && a.type !== 'fixed'));
  for (const add of o.add) {
    if (Object.values(addresses).some((list) => list.some((a) => a.addr === add.floating))) continue;
    const entry = Object.entries(addresses).find(([, list]) => list.some((a) => a.addr === add.fixed));
    const net = entry?.[0] ?? add.network;
    const mac = entry?.[1].find((a) => a.addr === add.fixed)?.mac;
    addresses[net] = [...(addresses[net] ?? []), { addr: add.floating, version: 4, type: 'floating', mac }];
  }
  return { ...s, addresses };
}

/** Nova now reports what Neutron said: every added floating address listed, every removed one gone. */
export function novaAgrees(s: Server, o: AddressOverlay): boolean {
  const listed = new Set(Object.values(s.addresses).flatMap((list) => list.filter((a) => a.type !== 'fixed').map((a) => a.addr)));
  return o.add.every((a) => listed.has(a.floating)) && o.remove.every((r) => !listed.has(r));
}

/** Overlays by cloud, then server id. */
export type Overlays = Readonly<Record<string, Readonly<Record<string, AddressOverlay>>>>;

interface OverlayState {
  overlays: Overlays;
  put(cloud: string, id: string, o: AddressOverlay | undefined): void;
}

export const useAddressOverlays = create<OverlayState>()((set) => ({
  overlays: {},
  put(cloud, id, o) {
    set((st) => {
      const { [id]: _old, ...rest } = st.overlays[cloud] ?? {};
      return { overlays: { ...st.overlays, [cloud]: o ? { ...rest, [id]: o } : rest } };
    });
  },
}));

/** The lists as the screen shows them: servers with an overlay get it, every other item and list is the same object. */
export function withOverlays<L extends { items: readonly Server[] }>(lists: Readonly<Record<string, L | undefined>>, overlays: Overlays): Record<string, L | undefined> {
  let out: Record<string, L | undefined> | undefined;
  for (const [cloud, byId] of Object.entries(overlays)) {
    const list = lists[cloud];
    if (!list || Object.keys(byId).length === 0) continue;
    const items = list.items.map((s) => (byId[s.id] ? overlayServer(s, byId[s.id]!) : s));
    out ??= { ...lists };
    out[cloud] = { ...list, items };
  }
  return out ?? (lists as Record<string, L | undefined>);
}

/** Adds Neutron's change to what the server's overlay already says (a later change wins over an earlier one). */
export function mergeChange(o: AddressOverlay | undefined, change: { add?: FloatingAdded; remove?: string }, now: number): AddressOverlay {
  let add = o?.add ?? [];
  let remove = o?.remove ?? [];
  if (change.add) {
    const a = change.add;
    add = [...add.filter((x) => x.floating !== a.floating), a];
    remove = remove.filter((r) => r !== a.floating);
  }
  if (change.remove) {
    const r = change.remove;
    add = add.filter((x) => x.floating !== r);
    remove = [...remove.filter((x) => x !== r), r];
  }
  return { add, remove, until: now + OVERLAY_MS };
}

const following = new Set<string>();

/**
 * Neutron put a floating IP on the server or took one off: the row shows it now, and the
 * server is re-read (1 s, 2 s… apart) until Nova's addresses agree. A server the list does not
 * show has nothing to correct.
 */
export function showAddressChange(cloud: string, id: string, change: { add?: FloatingAdded; remove?: string }, wait: (ms: number) => Promise<void> = sleep): Promise<void> {
  const shown = () => useServers.getState().lists[cloud]?.items.find((s) => s.id === id);
  if (!shown()) return Promise.resolve();
  const { overlays, put } = useAddressOverlays.getState();
  put(cloud, id, mergeChange(overlays[cloud]?.[id], change, Date.now()));
  return followUntilNovaAgrees(cloud, id, wait);
}

async function followUntilNovaAgrees(cloud: string, id: string, wait: (ms: number) => Promise<void>): Promise<void> {
  const key = `${cloud}/${id}`;
  // already following: the running loop reads the new overlay
  if (following.has(key)) return;
  following.add(key);
  const overlay = () => useAddressOverlays.getState().overlays[cloud]?.[id];
  try {
    const agrees = (s: Server) => {
      const o = overlay();
      return !o || novaAgrees(s, o);
    };
    await rereadUntil(cloud, id, agrees, () => overlay()?.until ?? 0, wait);
  } finally {
    following.delete(key);
    useAddressOverlays.getState().put(cloud, id, undefined);
  }
}
