import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from '../../../../shared/domain/server.js';
import type { Result } from '../../../../shared/errors.js';
import { fakeBridge, unexpected } from '../../lib/test-bridge.js';
import { mergeChange, novaAgrees, OVERLAY_MS, overlayServer, showAddressChange, useAddressOverlays, withOverlays, type AddressOverlay } from './address-overlay.js';
import { useServers } from './servers-store.js';
import { testServer } from './test-server.js';

const fixed = { addr: '198.18.0.5', version: 4 as const, type: 'fixed' as const, mac: 'fa:16:3e:00:00:01' };
const v6 = { addr: 'fd00:198:18::5', version: 6 as const, type: 'fixed' as const, mac: 'fa:16:3e:00:00:01' };
const floating = (addr: string) => ({ addr, version: 4 as const, type: 'floating' as const, mac: 'fa:16:3e:00:00:01' });
const server = (addresses: Server['addresses']) => testServer({ id: 'srv-1', addresses });
const overlay = (o: Partial<AddressOverlay>): AddressOverlay => ({ add: [], remove: [], until: Date.now() + OVERLAY_MS, ...o });
const added = { floating: '203.0.113.20', fixed: '198.18.0.5', network: 'demo-net' };

describe("Neutron's floating IP change over Nova's addresses", () => {
  it('an added floating IP joins the network of the fixed address it points at, with its MAC', () => {
    const s = overlayServer(server({ 'demo-net': [fixed, v6] }), overlay({ add: [added] }));
    expect(s.addresses['demo-net']).toEqual([fixed, v6, floating('203.0.113.20')]);
  });

  it('is not added twice once Nova lists it; a fixed address Nova does not list yet goes under the named network', () => {
    const already = server({ 'demo-net': [fixed, floating('203.0.113.20')] });
    expect(overlayServer(already, overlay({ add: [added] })).addresses).toEqual(already.addresses);
    expect(overlayServer(server({}), overlay({ add: [added] })).addresses).toEqual({ 'demo-net': [{ ...floating('203.0.113.20'), mac: undefined }] });
  });

  it('a removed floating IP leaves at once; fixed addresses stay', () => {
    const s = overlayServer(server({ 'demo-net': [fixed, floating('203.0.113.20')] }), overlay({ remove: ['203.0.113.20', '198.18.0.5'] }));
    expect(s.addresses).toEqual({ 'demo-net': [fixed] });
  });

  it('Nova agrees once it lists every added one and none of the removed', () => {
    const o = overlay({ add: [added], remove: ['203.0.113.30'] });
    expect(novaAgrees(server({ 'demo-net': [fixed] }), o)).toBe(false);
    expect(novaAgrees(server({ 'demo-net': [fixed, floating('203.0.113.20'), floating('203.0.113.30')] }), o)).toBe(false);
    expect(novaAgrees(server({ 'demo-net': [fixed, floating('203.0.113.20')] }), o)).toBe(true);
  });

  it('a later change wins over an earlier one for the same address, and the deadline moves on', () => {
    const on = mergeChange(undefined, { add: added }, 1000);
    expect(on).toEqual({ add: [added], remove: [], until: 1000 + OVERLAY_MS });
    expect(mergeChange(on, { remove: added.floating }, 2000)).toEqual({ add: [], remove: ['203.0.113.20'], until: 2000 + OVERLAY_MS });
  });

  it('only the lists and servers with an overlay are new objects', () => {
    const other = testServer({ id: 'srv-2' });
    const lists = { c1: { items: [server({ 'demo-net': [fixed] }), other] }, c2: { items: [] } };
    expect(withOverlays(lists, {})).toBe(lists);
    const shown = withOverlays(lists, { c1: { 'srv-1': overlay({ add: [added] }) } });
    expect(shown.c2).toBe(lists.c2);
    expect(shown.c1?.items[1]).toBe(other);
    expect(shown.c1?.items[0]?.addresses['demo-net']).toContainEqual(floating('203.0.113.20'));
    expect(lists.c1.items[0]?.addresses['demo-net']).toEqual([fixed]);
  });
});

describe('the row shows the address at once, then agrees with Nova', () => {
  let novaAnswers: Server[];
  let reads: number;
  beforeEach(() => {
    reads = 0;
    fakeBridge((channel): Result<unknown> => {
      if (channel !== 'servers.get') return unexpected(channel);
      reads++;
      return { ok: true, value: novaAnswers.shift() ?? server({ 'demo-net': [fixed, floating('203.0.113.20')] }) };
    });
    useServers.setState({ lists: { c1: { items: [server({ 'demo-net': [fixed] })], args: undefined, argsKey: undefined, fetchedAt: 'x', loading: false, error: undefined, fromCache: false, seq: 1 } } });
    useAddressOverlays.setState({ overlays: {} });
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it("shows Neutron's answer while Nova lags, re-reads until Nova lists it, then shows Nova's answer alone", async () => {
    // Nova's cache lags for two reads
    novaAnswers = [server({ 'demo-net': [fixed] }), server({ 'demo-net': [fixed] })];
    const seen: boolean[] = [];
    const wait = async () => {
      const shown = withOverlays(useServers.getState().lists, useAddressOverlays.getState().overlays).c1!.items[0]!;
      seen.push(shown.addresses['demo-net']!.some((a) => a.addr === '203.0.113.20'));
    };
    await showAddressChange('c1', 'srv-1', { add: added }, wait);
    expect(seen).toEqual([true, true]);
    expect(reads).toBe(3);
    expect(useAddressOverlays.getState().overlays.c1).toEqual({});
    expect(useServers.getState().lists.c1?.items[0]?.addresses['demo-net']).toContainEqual(floating('203.0.113.20'));
  });

  it('a server the list does not show has nothing to correct: no overlay, no reads', async () => {
    await showAddressChange('c1', 'not-shown', { add: added }, async () => {});
    expect(reads).toBe(0);
    expect(useAddressOverlays.getState().overlays).toEqual({});
  });

  it("stops waiting at the deadline: Nova's answer is what the row shows then", async () => {
    novaAnswers = Array.from({ length: 10 }, () => server({ 'demo-net': [fixed] }));
    let waits = 0;
    await showAddressChange('c1', 'srv-1', { add: added }, async () => {
      if (++waits === 2) useAddressOverlays.getState().put('c1', 'srv-1', { ...useAddressOverlays.getState().overlays.c1!['srv-1']!, until: 0 });
    });
    expect(waits).toBe(2);
    expect(useAddressOverlays.getState().overlays.c1).toEqual({});
  });
});
