import { describe, expect, it } from 'vitest';
import type { Server } from '../../../../shared/domain/server.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, availableActions, drawerActionsFor, localeKeys, menuGroups, needsProductionGuard, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { disassociateFloatingIp, resizeTo, SERVER_ACTIONS, serverAction } from './server-actions.js';
import { asRow } from './server-guards.js';
import { testServer } from './test-server.js';

const row = (over: Partial<Server> = {}) => asRow(testServer({ hostId: 'host-1', ...over }));
const s = (status: string, taskState?: string, locked = false) => row({ status, taskState, locked });
const avail = (id: string, r = row()) => availability(serverAction(id), r);
const ids = (r: ReturnType<typeof row>) => availableActions(SERVER_ACTIONS, r).map((a) => a.id);

describe('the servers action table', () => {
  it('every action has its words in English and Chinese, guards and confirmations included', () => {
    expect(localeKeys(SERVER_ACTIONS)).toEqual(expect.arrayContaining(['action.stop', 'why.notScheduled', 'why.locked_because', 'confirm.hardReboot.title']));
    expect(missingLocaleKeys(SERVER_ACTIONS)).toEqual([]);
  });

  it('every request goes to a channel of the IPC contract', () => {
    const channels = requestChannels(SERVER_ACTIONS);
    expect(channels).toContain('servers.stop');
    expect(channels.filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
    expect(resizeTo('f1').request?.channel).toBe('servers.resize');
  });

  it('sends the row to its own cloud, with what each action needs', () => {
    const r = row();
    expect(serverAction('hardReboot').request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, type: 'HARD' });
    expect(serverAction('reboot').request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, type: 'SOFT' });
    expect(resizeTo('f2').request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, flavorRef: 'f2' });
  });

  it('the menu keeps the groups: power, shape and lock, shelve, floating IPs, logs, delete', () => {
    expect(menuGroups(SERVER_ACTIONS).map((g) => g.map((a) => a.id))).toEqual([
      ['start', 'stop', 'reboot', 'hardReboot'],
      ['resize', 'confirmResize', 'revertResize', 'lock', 'unlock'],
      ['shelve', 'unshelve'],
      ['associateFloatingIp', 'disassociateFloatingIp'],
      ['consoleLog', 'actionLog'],
      ['delete'],
    ]);
  });

  it('guards on production clouds exactly the destructive and disruptive actions', () => {
    const guarded = SERVER_ACTIONS.actions.filter((a) => needsProductionGuard(a, true)).map((a) => a.id);
    expect(guarded).toEqual(['stop', 'reboot', 'hardReboot', 'resize', 'revertResize', 'shelve', 'disassociateFloatingIp', 'delete']);
    expect(SERVER_ACTIONS.actions.filter((a) => needsProductionGuard(a, false))).toEqual([]);
  });
});

describe('server action guards', () => {
  it('starts only stopped servers and stops running or failed ones', () => {
    expect(avail('start', s('SHUTOFF')).ok).toBe(true);
    expect(avail('start', s('ACTIVE'))).toMatchObject({ ok: false, reason: 'notStopped' });
    expect(avail('stop', s('ACTIVE')).ok).toBe(true);
    expect(avail('stop', s('ERROR')).ok).toBe(true);
    expect(avail('stop', s('SHUTOFF'))).toMatchObject({ ok: false, reason: 'notRunning' });
  });

  it('a server never scheduled (ERROR, no host): no stop, hard reboot or console log, as Nova answers 409', () => {
    const unscheduled = row({ status: 'ERROR', hostId: undefined });
    for (const id of ['stop', 'hardReboot', 'consoleLog']) expect(avail(id, unscheduled)).toMatchObject({ ok: false, reason: 'notScheduled' });
    expect(ids(unscheduled)).toEqual(['lock', 'actionLog', 'delete']);
    // once it has a host, an ERROR server can be stopped and its console read
    expect(avail('stop', row({ status: 'ERROR' })).ok).toBe(true);
    expect(avail('consoleLog', row({ status: 'ERROR' })).ok).toBe(true);
  });

  it('soft reboots only ACTIVE servers; hard reboots the states Nova allows', () => {
    expect(avail('reboot', s('SHUTOFF')).ok).toBe(false);
    expect(avail('hardReboot', s('SHUTOFF')).ok).toBe(true);
    expect(avail('hardReboot', s('BUILD')).ok).toBe(false);
    // a stuck soft reboot may be forced
    expect(avail('hardReboot', s('REBOOT', 'rebooting')).ok).toBe(true);
  });

  it('refuses state changes while a task runs, but still offers delete and the logs', () => {
    const busy = s('ACTIVE', 'powering-off');
    expect(avail('stop', busy)).toMatchObject({ ok: false, reason: 'busy' });
    expect(avail('delete', busy).ok).toBe(true);
    expect(avail('consoleLog', busy).ok).toBe(true);
  });

  it('offers nothing but the logs for a server being deleted', () => {
    const going = s('ACTIVE', 'deleting');
    expect(avail('delete', going)).toMatchObject({ ok: false, reason: 'deleting' });
    expect(ids(going)).toEqual(['consoleLog', 'actionLog']);
  });

  it('confirms or reverts only a resize waiting for it', () => {
    expect(avail('confirmResize', s('VERIFY_RESIZE')).ok).toBe(true);
    expect(avail('revertResize', s('VERIFY_RESIZE')).ok).toBe(true);
    expect(avail('confirmResize', s('ACTIVE')).ok).toBe(false);
    expect(avail('resize', s('ACTIVE')).ok).toBe(true);
    expect(avail('resize', s('ERROR')).ok).toBe(false);
  });

  it('shelves running, stopped, paused or suspended servers; unshelves shelved ones', () => {
    for (const st of ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED']) expect(avail('shelve', s(st)).ok).toBe(true);
    expect(avail('shelve', s('SHELVED_OFFLOADED'))).toMatchObject({ ok: false, reason: 'notShelvable' });
    expect(avail('unshelve', s('SHELVED_OFFLOADED')).ok).toBe(true);
    expect(avail('unshelve', s('ACTIVE'))).toMatchObject({ ok: false, reason: 'notShelved' });
    expect(serverAction('shelve').request?.input(row(), 'c1')).toEqual({ cloud: 'c1', id: row().server.id });
  });

  it('offers lock or unlock by the current lock', () => {
    expect(avail('lock', s('ACTIVE', undefined, true))).toMatchObject({ ok: false, reason: 'alreadyLocked' });
    expect(avail('unlock', s('ACTIVE', undefined, true)).ok).toBe(true);
    expect(avail('unlock', s('ACTIVE'))).toMatchObject({ ok: false, reason: 'notLocked' });
  });
});

describe('a locked server', () => {
  const locked = (over: Partial<Server> = {}) => row({ locked: true, lockedReason: 'maintenance window', ...over });

  it("refuses what Nova's check_instance_lock refuses, with the lock's reason", () => {
    for (const id of ['stop', 'reboot', 'hardReboot', 'resize', 'delete']) {
      expect(avail(id, locked())).toEqual({ ok: false, reason: 'locked', values: { context: 'because', reason: 'maintenance window' } });
    }
  });

  it('still offers unlock and the logs, and not lock', () => {
    expect(ids(locked())).toEqual(['unlock', 'consoleLog', 'actionLog']);
  });

  it('says only "locked" when the lock has no reason (before compute 2.73, or none given)', () => {
    expect(avail('stop', locked({ lockedReason: undefined }))).toMatchObject({ ok: false, reason: 'locked', values: { context: undefined } });
  });

  it('names the state, not the lock, where the state already rules the action out', () => {
    expect(avail('start', locked())).toMatchObject({ reason: 'notStopped' });
    expect(avail('start', locked({ status: 'SHUTOFF', powerState: 'SHUTDOWN' }))).toMatchObject({ reason: 'locked' });
    expect(avail('stop', locked({ taskState: 'powering-off' }))).toMatchObject({ reason: 'busy' });
    expect(avail('delete', locked({ taskState: 'deleting' }))).toMatchObject({ reason: 'deleting' });
  });

  it('guards a waiting resize too: confirm and revert are refused while locked', () => {
    expect(avail('confirmResize', locked({ status: 'VERIFY_RESIZE' }))).toMatchObject({ reason: 'locked' });
    expect(avail('revertResize', locked({ status: 'VERIFY_RESIZE' }))).toMatchObject({ reason: 'locked' });
  });

  it('the drawer keeps what only the lock blocks (disabled, beside Unlock) and leaves out what the state rules out', () => {
    expect(drawerActionsFor(SERVER_ACTIONS, locked()).map((a) => a.id)).toEqual(['stop', 'reboot', 'unlock', 'shelve', 'consoleLog', 'delete']);
    expect(drawerActionsFor(SERVER_ACTIONS, row()).map((a) => a.id)).toEqual(['stop', 'reboot', 'lock', 'shelve', 'consoleLog', 'delete']);
  });

  it('offers lock, and every state-allowed action, once unlocked', () => {
    expect(ids(row())).toEqual(['stop', 'reboot', 'hardReboot', 'resize', 'lock', 'shelve', 'consoleLog', 'actionLog', 'delete']);
  });
});

describe('floating IP actions on a server', () => {
  const fixed = { addr: '198.18.0.5', version: 4 as const, type: 'fixed' as const, mac: 'fa:16:3e:00:00:01' };
  const floating = { addr: '203.0.113.20', version: 4 as const, type: 'floating' as const, mac: 'fa:16:3e:00:00:01' };
  const onNet = row({ addresses: { 'demo-net': [fixed] } });
  const withFip = row({ addresses: { 'demo-net': [fixed, floating] } });

  it('associate needs an address to point at; disassociate is offered only when the server has a floating IP', () => {
    expect(avail('associateFloatingIp', onNet).ok).toBe(true);
    expect(avail('associateFloatingIp', row())).toMatchObject({ ok: false, reason: 'noAddress', hidesInDrawer: true });
    expect(avail('disassociateFloatingIp', onNet)).toMatchObject({ ok: false, reason: 'noFloatingIp', hidesInDrawer: true });
    expect(avail('disassociateFloatingIp', withFip).ok).toBe(true);
    expect(drawerActionsFor(SERVER_ACTIONS, withFip).map((a) => a.id)).toEqual(['stop', 'reboot', 'lock', 'shelve', 'associateFloatingIp', 'disassociateFloatingIp', 'consoleLog', 'delete']);
  });

  it('a lock does not hold them back (Neutron does not know it); a server being deleted offers neither', () => {
    expect(avail('disassociateFloatingIp', row({ addresses: withFip.server.addresses, locked: true })).ok).toBe(true);
    expect(avail('associateFloatingIp', row({ addresses: onNet.server.addresses, taskState: 'deleting' }))).toMatchObject({ reason: 'deleting' });
  });

  it('both open their dialog; the chosen floating IP is taken off through Neutron, with the production guard', () => {
    expect(serverAction('associateFloatingIp')).toMatchObject({ dialog: 'associateFloatingIp' });
    const off = disassociateFloatingIp({ id: 'fip-1', floatingIpAddress: '203.0.113.20' } as never);
    expect(off).toMatchObject({ id: 'disassociateFloatingIp', dialog: undefined, disruptive: true });
    expect(off.request?.channel).toBe('floatingIps.disassociate');
    expect(off.request?.input(withFip, 'c1')).toEqual({ cloud: 'c1', id: 'fip-1' });
    expect(needsProductionGuard(off, true)).toBe(true);
  });
});
