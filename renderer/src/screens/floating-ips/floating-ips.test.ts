import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { Network, Port } from '../../../../shared/domain/network.js';
import type { Result } from '../../../../shared/errors.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, needsProductionGuard, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { fakeBridge, unexpected } from '../../lib/test-bridge.js';
import { FLOATING_IP_ACTIONS } from './floating-ip-actions.js';
import { replaceFloatingIps } from './floating-ips-store.js';
import { putOnPort } from './floating-ip-ops.js';
import {
  choiceOf,
  compareIps,
  externalChoice,
  fipView,
  floatingIpsOf,
  freeFloatingIps,
  isFloatingIpQuota,
  isUnclear,
  matchesFipFilter,
  portChoice,
  serverLabels,
  type PortTarget,
} from './floating-ip-rules.js';
import { quotaMessage } from './use-quota-text.js';
import { testServer } from '../servers/test-server.js';

const net = (over: Partial<Network>): Network => ({
  id: 'n1',
  name: 'demo-net',
  status: 'ACTIVE',
  projectId: 'p1',
  shared: false,
  external: false,
  adminStateUp: true,
  mtu: 1450,
  subnetIds: [],
  portSecurityEnabled: true,
  availabilityZones: [],
  description: '',
  tags: [],
  ...over,
});

const port = (over: Partial<Port>): Port => ({
  id: 'port-1',
  name: '',
  networkId: 'n1',
  projectId: 'p1',
  status: 'ACTIVE',
  adminStateUp: true,
  macAddress: 'fa:16:3e:00:00:01',
  deviceId: 'srv-1',
  deviceOwner: 'compute:nova',
  fixedIps: [{ subnetId: 's4', ipAddress: '198.18.0.5' }],
  securityGroupIds: [],
  portSecurityEnabled: true,
  description: '',
  ...over,
});

const fip = (over: Partial<FloatingIp>): FloatingIp => ({
  id: 'fip-1',
  floatingIpAddress: '203.0.113.20',
  floatingNetworkId: 'pub',
  portId: undefined,
  fixedIpAddress: undefined,
  routerId: undefined,
  status: 'DOWN',
  projectId: 'p1',
  description: '',
  port: undefined,
  ...over,
});

const PUBLIC = net({ id: 'pub', name: 'public', external: true, projectId: 'admin' });
const DEMO = net({ id: 'n1', name: 'demo-net' });
const ALT = net({ id: 'n2', name: 'alt-net' });

describe('which question to ask', () => {
  it('asks nothing when there is one option, says so when there is none, asks when there are several', () => {
    expect(choiceOf([])).toEqual({ kind: 'none' });
    expect(choiceOf(['a'])).toEqual({ kind: 'one', value: 'a' });
    expect(choiceOf(['a', 'b'])).toEqual({ kind: 'ask', options: ['a', 'b'] });
  });

  it('the external network: only router:external ones count, asked only when there are several (by name)', () => {
    expect(externalChoice([DEMO, PUBLIC])).toEqual({ kind: 'one', value: PUBLIC });
    expect(externalChoice([DEMO])).toEqual({ kind: 'none' });
    const other = net({ id: 'pub2', name: 'isp-b', external: true });
    expect(externalChoice([PUBLIC, DEMO, other])).toEqual({ kind: 'ask', options: [other, PUBLIC] });
  });
});

describe('the port rule: where a floating IP can point on a server', () => {
  const target = (over: Partial<PortTarget>): PortTarget => ({ portId: 'port-1', fixedIp: '198.18.0.5', networkId: 'n1', networkName: 'demo-net', ...over });

  it('a dual-stack port is one target, its IPv4 address: not asked', () => {
    const dual = port({ fixedIps: [{ subnetId: 's6', ipAddress: 'fd00:198:18::5' }, { subnetId: 's4', ipAddress: '198.18.0.5' }] });
    expect(portChoice([dual], [], [DEMO, PUBLIC])).toEqual({ choice: { kind: 'one', value: target({}) } });
  });

  it('two ports on two networks: asked, each shown with its network and fixed IP, by network name', () => {
    const second = port({ id: 'port-2', networkId: 'n2', fixedIps: [{ subnetId: 's', ipAddress: '198.18.1.7' }] });
    expect(portChoice([port({}), second], [], [DEMO, ALT, PUBLIC]).choice).toEqual({
      kind: 'ask',
      options: [target({ portId: 'port-2', fixedIp: '198.18.1.7', networkId: 'n2', networkName: 'alt-net' }), target({})],
    });
  });

  it('leaves out an address that already has a floating IP, and a port on the external network itself', () => {
    const second = port({ id: 'port-2', networkId: 'n2', fixedIps: [{ subnetId: 's', ipAddress: '198.18.1.7' }] });
    const onPublic = port({ id: 'port-3', networkId: 'pub', fixedIps: [{ subnetId: 'sp', ipAddress: '203.0.113.40' }] });
    const taken = fip({ portId: 'port-2', fixedIpAddress: '198.18.1.7' });
    expect(portChoice([port({}), second, onPublic], [taken], [DEMO, ALT, PUBLIC]).choice).toEqual({ kind: 'one', value: target({}) });
  });

  it('says why there is nothing to choose', () => {
    expect(portChoice([], [], [DEMO])).toMatchObject({ choice: { kind: 'none' }, none: 'noPorts' });
    expect(portChoice([port({ fixedIps: [{ subnetId: 's6', ipAddress: 'fd00::5' }] })], [], [DEMO])).toMatchObject({ none: 'noIpv4' });
    expect(portChoice([port({})], [fip({ portId: 'port-1', fixedIpAddress: '198.18.0.5' })], [DEMO])).toMatchObject({ none: 'allTaken' });
  });

  it('names a network this project cannot see by its id', () => {
    expect(portChoice([port({ networkId: 'hidden' })], [], [])).toMatchObject({ choice: { kind: 'one', value: { networkName: 'hidden' } } });
  });
});

describe('free and associated addresses', () => {
  it("free ones are those on no port, of the server's project, in numeric order", () => {
    const list = [
      fip({ id: 'a', floatingIpAddress: '203.0.113.100' }),
      fip({ id: 'b', floatingIpAddress: '203.0.113.9' }),
      fip({ id: 'c', floatingIpAddress: '203.0.113.5', portId: 'p' }),
      fip({ id: 'd', floatingIpAddress: '203.0.113.6', projectId: 'other' }),
    ];
    expect(freeFloatingIps(list, 'p1').map((f) => f.id)).toEqual(['b', 'a']);
    expect(freeFloatingIps(list).map((f) => f.id)).toEqual(['d', 'b', 'a']);
    expect(compareIps('10.0.0.9', '10.0.0.10')).toBeLessThan(0);
  });

  it("a server's floating IPs are those on its ports", () => {
    const list = [fip({ id: 'a', portId: 'port-1' }), fip({ id: 'b', portId: 'elsewhere' }), fip({ id: 'c' })];
    expect(floatingIpsOf(list, [port({})]).map((f) => f.id)).toEqual(['a']);
  });

  it('the status toggle: associated ones are on a port, free ones are not', () => {
    const on = fip({ portId: 'port-1' });
    const off = fip({});
    expect([matchesFipFilter(on, 'associated'), matchesFipFilter(off, 'associated')]).toEqual([true, false]);
    expect([matchesFipFilter(on, 'free'), matchesFipFilter(off, 'free')]).toEqual([false, true]);
    expect([matchesFipFilter(on, 'all'), matchesFipFilter(off, 'all')]).toEqual([true, true]);
  });
});

describe('a row', () => {
  const details = { name: '', networkId: 'n1', deviceId: 'srv-1', deviceOwner: 'compute:nova', status: 'ACTIVE' };

  it("shows the pool by name, the fixed IP, the server (from Neutron's port details) and the port", () => {
    const f = fip({ portId: 'port-1', fixedIpAddress: '198.18.0.5', status: 'ACTIVE', port: details });
    expect(fipView(f, { pub: 'public' })).toEqual({
      address: '203.0.113.20',
      pool: 'public',
      fixedIp: '198.18.0.5',
      serverId: 'srv-1',
      otherOwner: undefined,
      portId: 'port-1',
      status: 'ACTIVE',
      associated: true,
    });
  });

  it('a free one has no server or port; an unknown pool shows its id; a port that is not a server says its owner', () => {
    expect(fipView(fip({}), {})).toMatchObject({ pool: 'pub', serverId: undefined, portId: undefined, associated: false });
    const lb = fip({ portId: 'vip', fixedIpAddress: '10.0.0.3', port: { ...details, deviceId: 'lb-1', deviceOwner: 'Octavia' } });
    expect(fipView(lb, {})).toMatchObject({ serverId: undefined, otherOwner: 'Octavia', associated: true });
  });
});

describe('errors', () => {
  it("Neutron's floating IP quota is named on the field, with its numbers when Neutron gives them", () => {
    expect(isFloatingIpQuota({ kind: 'over_limit', message: "Quota exceeded for resources: ['floatingip']." })).toBe(true);
    expect(isFloatingIpQuota({ kind: 'over_limit', message: "Quota exceeded for resources: ['port']." })).toBe(false);
    expect(isFloatingIpQuota({ kind: 'conflict', message: 'floatingip in use' })).toBe(false);
    const t = (k: string, o?: Record<string, unknown>) => `${k}${o ? JSON.stringify(o) : ''}`;
    expect(quotaMessage(t, { used: 10, reserved: 0, limit: 10 })).toBe('floatingIps:quota{"used":10,"limit":10}');
    expect(quotaMessage(t, { used: 3, reserved: 0, limit: undefined })).toBe('floatingIps:quotaNoNumbers');
    expect(quotaMessage(t, undefined)).toBe('floatingIps:quotaNoNumbers');
  });

  it('an answer that does not say whether it happened is unclear; a refusal is not', () => {
    expect(['network', 'timeout', 'server_error'].map((kind) => isUnclear({ kind: kind as never, message: '' }))).toEqual([true, true, true]);
    expect(isUnclear({ kind: 'not_found', message: '' })).toBe(false);
  });
});

describe('the floating IP action table', () => {
  it('every action has its words in English and Chinese, and sends to a channel of the contract', () => {
    expect(missingLocaleKeys(FLOATING_IP_ACTIONS)).toEqual([]);
    expect(requestChannels(FLOATING_IP_ACTIONS).filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });

  it('associate only a free one (a dialog), disassociate only an associated one; release is confirmed, with the production guard', () => {
    const byId = (id: string) => FLOATING_IP_ACTIONS.actions.find((a) => a.id === id)!;
    const on = fip({ portId: 'port-1' });
    expect(availability(byId('associate'), fip({})).ok).toBe(true);
    expect(availability(byId('associate'), on)).toMatchObject({ ok: false, reason: 'associated', hidesInDrawer: true });
    expect(availability(byId('disassociate'), on).ok).toBe(true);
    expect(availability(byId('disassociate'), fip({}))).toMatchObject({ ok: false, reason: 'notAssociated' });
    expect(byId('disassociate').request?.input(on, 'c1')).toEqual({ cloud: 'c1', id: 'fip-1' });
    expect(needsProductionGuard(byId('disassociate'), true)).toBe(true);
    expect(byId('delete')).toMatchObject({ confirm: { production: true }, danger: true, batchable: true });
    expect(byId('delete').request?.channel).toBe('floatingIps.delete');
  });
});

describe('server labels in the associate dialog', () => {
  it('by name; a name two servers share gets the id; servers being deleted are left out', () => {
    const labels = serverLabels([
      testServer({ id: 'bbbbbbbb-1', name: 'web' }),
      testServer({ id: 'aaaaaaaa-1', name: 'db' }),
      testServer({ id: 'cccccccc-1', name: 'web' }),
      testServer({ id: 'dddddddd-1', name: 'old', taskState: 'deleting' }),
    ]);
    expect(labels.map((l) => l.label)).toEqual(['db', 'web (bbbbbbbb)', 'web (cccccccc)']);
  });
});

describe('putting a floating IP on a port', () => {
  type Call = { channel: string; input: Record<string, unknown> };
  let calls: Call[];
  let answers: Record<string, (input: Record<string, unknown>) => Result<unknown>>;
  const target: PortTarget = { portId: 'port-1', fixedIp: '198.18.0.5', networkId: 'n1', networkName: 'demo-net' };
  const placed = fip({ id: 'new', portId: 'port-1', fixedIpAddress: '198.18.0.5' });

  beforeEach(() => {
    calls = [];
    answers = {};
    fakeBridge((channel, input) => {
      calls.push({ channel, input });
      return answers[channel]?.(input) ?? unexpected(channel);
    });
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('a free one is associated with the port and its IPv4 address', async () => {
    answers['floatingIps.associate'] = () => ({ ok: true, value: placed });
    expect(await putOnPort('c1', { kind: 'existing', fip: fip({ id: 'old' }) }, target)).toEqual({ ok: true, value: placed });
    expect(calls).toEqual([{ channel: 'floatingIps.associate', input: { cloud: 'c1', id: 'old', portId: 'port-1', fixedIpAddress: '198.18.0.5' } }]);
  });

  it('a new one is allocated onto the port in one request: a refusal leaves nothing to release', async () => {
    const quota = { kind: 'over_limit' as const, message: "Quota exceeded for resources: ['floatingip'].", status: 409 };
    answers['floatingIps.create'] = () => ({ ok: false, error: quota });
    expect(await putOnPort('c1', { kind: 'allocate', networkId: 'pub' }, target)).toEqual({ ok: false, error: quota });
    expect(calls).toEqual([
      { channel: 'floatingIps.create', input: { cloud: 'c1', floatingIp: { floatingNetworkId: 'pub', portId: 'port-1', fixedIpAddress: '198.18.0.5' } } },
    ]);
  });

  it('after an unclear answer, Neutron is asked: found on the port means done; not found, the failure stands', async () => {
    const timeout = { kind: 'timeout' as const, message: 'no answer in 120 s' };
    answers['floatingIps.create'] = () => ({ ok: false, error: timeout });
    answers['floatingIps.list'] = () => ({ ok: true, value: [fip({ id: 'other', portId: 'port-1', fixedIpAddress: '198.18.0.9' }), placed] });
    expect(await putOnPort('c1', { kind: 'allocate', networkId: 'pub' }, target)).toEqual({ ok: true, value: placed });
    expect(calls[1]).toEqual({ channel: 'floatingIps.list', input: { cloud: 'c1', portId: 'port-1' } });
    answers['floatingIps.list'] = () => ({ ok: true, value: [] });
    expect(await putOnPort('c1', { kind: 'allocate', networkId: 'pub' }, target)).toEqual({ ok: false, error: timeout });
  });
});

describe('the floating IP list store', () => {
  it('a re-read address replaces its row whole: taken off its port, it has no port any more', () => {
    const on = fip({ portId: 'port-1', fixedIpAddress: '198.18.0.5' });
    const other = fip({ id: 'fip-2' });
    const off = fip({});
    expect(replaceFloatingIps([on, other], [off], [])).toEqual([off, other]);
    expect(replaceFloatingIps([on, other], [fip({ id: 'fip-3' })], ['fip-2'])).toEqual([on, fip({ id: 'fip-3' })]);
    const same = [on];
    expect(replaceFloatingIps(same, [], [])).toBe(same);
  });
});
