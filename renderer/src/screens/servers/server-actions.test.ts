import { describe, expect, it } from 'vitest';
import type { Server } from '../../../../shared/domain/server.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, availableActions, drawerActionsFor, localeKeys, menuGroups, needsProductionGuard, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { attachInterface, detachInterface, disassociateFloatingIp, lockWith, rebuildWith, renameTo, rescueFrom, resizeTo, snapshotAs, SERVER_ACTIONS, serverAction } from './server-actions.js';
import { useRescuePassword } from './rescue-password.js';
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
    // and the rows the dialogs make once they have chosen
    expect(missingLocaleKeys({ ...SERVER_ACTIONS, actions: [resizeTo('f'), attachInterface({ portId: 'p' }), detachInterface({ portId: 'p', fixedIps: [] })] })).toEqual([]);
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

  it('renames through its dialog, sending only what changed, in any state but deleting, locked or not (Nova checks neither)', () => {
    const r = row();
    expect(renameTo({ name: 'web-2', description: null }).request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, changes: { name: 'web-2', description: null } });
    expect(avail('rename', s('ERROR', undefined, true)).ok).toBe(true);
    expect(avail('rename', s('ACTIVE', 'deleting'))).toMatchObject({ ok: false, reason: 'deleting' });
  });

  it("snapshots what Nova snapshots (ACTIVE, SHUTOFF, PAUSED, SUSPENDED; locked too), with the dialog's name and metadata", () => {
    for (const st of ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED']) expect(avail('snapshot', s(st, undefined, true)).ok).toBe(true);
    for (const st of ['ERROR', 'SHELVED_OFFLOADED', 'RESCUE']) expect(avail('snapshot', s(st)).ok).toBe(false);
    expect(avail('snapshot', s('ACTIVE', 'image_snapshot'))).toMatchObject({ ok: false, reason: 'busy' });
    const r = row();
    expect(snapshotAs('snap', { a: '1' }).request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, name: 'snap', metadata: { a: '1' } });
    expect(snapshotAs('snap', {}).request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, name: 'snap' });
    expect(snapshotAs('snap', {}).after).toBeTypeOf('function');
  });

  it("rescues ACTIVE, SHUTOFF and ERROR servers (Nova's rescue), from the image chosen or the server's own; unrescues RESCUE", () => {
    for (const st of ['ACTIVE', 'SHUTOFF', 'ERROR']) expect(avail('rescue', s(st)).ok).toBe(true);
    for (const st of ['PAUSED', 'SUSPENDED', 'RESCUE', 'SHELVED_OFFLOADED']) expect(avail('rescue', s(st))).toMatchObject({ ok: false, reason: 'notRescuable' });
    expect(avail('rescue', s('ACTIVE', undefined, true))).toMatchObject({ ok: false, reason: 'locked' });
    expect(avail('unrescue', s('RESCUE')).ok).toBe(true);
    expect(avail('unrescue', s('ACTIVE'))).toMatchObject({ ok: false, reason: 'notRescued' });
    const r = row();
    expect(rescueFrom(undefined).request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id });
    expect(rescueFrom('img-9').request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, rescueImageRef: 'img-9' });
    expect(rescueFrom(undefined)).toMatchObject({ disruptive: true, dialog: undefined });
    // Nova's answer is the password: held for the one dialog that shows it, then forgotten
    rescueFrom(undefined).after?.('N0va-made', r, 'c1');
    expect(useRescuePassword.getState().shown).toEqual({ server: r.server.name, password: 'N0va-made' });
    useRescuePassword.getState().forget();
    rescueFrom(undefined).after?.(null, r, 'c1');
    expect(useRescuePassword.getState().shown).toBeUndefined();
  });

  it('rebuilds what Nova rebuilds (ACTIVE, SHUTOFF, ERROR), always asking first, in the danger colour', () => {
    for (const st of ['ACTIVE', 'SHUTOFF', 'ERROR']) expect(avail('rebuild', s(st)).ok).toBe(true);
    expect(avail('rebuild', s('PAUSED')).ok).toBe(false);
    expect(avail('rebuild', s('ACTIVE', undefined, true))).toMatchObject({ ok: false, reason: 'locked' });
    const r = row();
    const rebuild = rebuildWith({ imageRef: 'img-1', name: 'web-1', keyName: null });
    expect(rebuild).toMatchObject({ id: 'rebuild', danger: true, confirm: { production: true }, dialog: undefined });
    expect(rebuild.request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, rebuild: { imageRef: 'img-1', name: 'web-1', keyName: null } });
  });

  it('edits metadata and tags where Nova allows it (ACTIVE, SHUTOFF, PAUSED, SUSPENDED, no task, not locked)', () => {
    for (const st of ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED']) expect(avail('metadata', s(st)).ok).toBe(true);
    for (const st of ['ERROR', 'RESCUE', 'SHELVED_OFFLOADED']) expect(avail('metadata', s(st)).ok).toBe(false);
    expect(avail('metadata', s('ACTIVE', 'rebooting'))).toMatchObject({ reason: 'busy' });
    expect(avail('metadata', s('ACTIVE', undefined, true))).toMatchObject({ reason: 'locked' });
  });

  it('locks through its dialog: with the reason given, or none', () => {
    const r = row();
    expect(serverAction('lock')).toMatchObject({ dialog: 'lock', batchable: true });
    expect(lockWith('maintenance').request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, reason: 'maintenance' });
    expect(lockWith(undefined).request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id });
    expect(lockWith(undefined)).toMatchObject({ id: 'lock', dialog: undefined, batchable: true, guards: serverAction('lock').guards });
  });

  it('the menu keeps the groups: power, shape and lock, shelve, pause and suspend, edit, rescue, network, volumes, logs, delete', () => {
    expect(menuGroups(SERVER_ACTIONS).map((g) => g.map((a) => a.id))).toEqual([
      ['start', 'stop', 'reboot', 'hardReboot'],
      ['resize', 'confirmResize', 'revertResize', 'lock', 'unlock'],
      ['shelve', 'unshelve'],
      ['pause', 'unpause', 'suspend', 'resume'],
      ['rename', 'metadata', 'snapshot'],
      ['rescue', 'unrescue', 'rebuild'],
      ['interfaces', 'securityGroups', 'associateFloatingIp', 'disassociateFloatingIp'],
      ['attachVolume'],
      ['console', 'consoleLog', 'actionLog'],
      ['delete'],
    ]);
  });

  it('guards on production clouds exactly the destructive and disruptive actions', () => {
    const guarded = SERVER_ACTIONS.actions.filter((a) => needsProductionGuard(a, true)).map((a) => a.id);
    expect(guarded).toEqual(['stop', 'reboot', 'hardReboot', 'resize', 'revertResize', 'shelve', 'pause', 'suspend', 'rescue', 'rebuild', 'disassociateFloatingIp', 'delete']);
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
    for (const id of ['stop', 'hardReboot', 'console', 'consoleLog']) expect(avail(id, unscheduled)).toMatchObject({ ok: false, reason: 'notScheduled' });
    expect(ids(unscheduled)).toEqual(['lock', 'rename', 'actionLog', 'delete']);
    // once it has a host, an ERROR server can be stopped and its console read
    expect(avail('stop', row({ status: 'ERROR' })).ok).toBe(true);
    expect(avail('consoleLog', row({ status: 'ERROR' })).ok).toBe(true);
    // Nova gives a remote console of ACTIVE servers only
    expect(avail('console', row({ status: 'ERROR' }))).toMatchObject({ ok: false, reason: 'notRunning' });
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
    // a task does not stop Nova from giving a console: only the vm state does
    expect(avail('console', busy).ok).toBe(true);
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

  it("pauses and suspends only ACTIVE servers (Nova's check_instance_state); unpauses PAUSED, resumes SUSPENDED", () => {
    for (const id of ['pause', 'suspend']) {
      expect(avail(id, s('ACTIVE')).ok).toBe(true);
      for (const st of ['SHUTOFF', 'PAUSED', 'SUSPENDED', 'ERROR']) expect(avail(id, s(st))).toMatchObject({ ok: false, reason: 'notRunning' });
      expect(avail(id, s('ACTIVE', 'rebooting'))).toMatchObject({ ok: false, reason: 'busy' });
    }
    expect(avail('unpause', s('PAUSED')).ok).toBe(true);
    expect(avail('unpause', s('ACTIVE'))).toMatchObject({ ok: false, reason: 'notPaused' });
    expect(avail('resume', s('SUSPENDED')).ok).toBe(true);
    expect(avail('resume', s('PAUSED'))).toMatchObject({ ok: false, reason: 'notSuspended' });
    for (const id of ['pause', 'unpause', 'suspend', 'resume']) {
      expect(serverAction(id).batchable).toBe(true);
      expect(serverAction(id).request?.input(row(), 'c1')).toEqual({ cloud: 'c1', id: row().server.id });
    }
    expect(avail('unpause', s('PAUSED', undefined, true))).toMatchObject({ ok: false, reason: 'locked' });
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

  it('attaches and detaches interfaces on active, paused or stopped servers, as Nova does; detaching is guarded on production', () => {
    for (const st of ['ACTIVE', 'PAUSED', 'SHUTOFF']) expect(avail('interfaces', s(st)).ok).toBe(true);
    expect(avail('interfaces', s('SUSPENDED'))).toMatchObject({ ok: false, reason: 'notAttachable' });
    expect(avail('interfaces', locked())).toMatchObject({ ok: false, reason: 'locked' });
    const r = row();
    expect(attachInterface({ netId: 'n1', fixedIp: '10.0.0.5' }).request?.input(r, 'c1')).toEqual({ cloud: 'c1', serverId: r.server.id, attach: { netId: 'n1', fixedIp: '10.0.0.5' } });
    expect(detachInterface({ portId: 'p1', fixedIps: [] }).request?.input(r, 'c1')).toEqual({ cloud: 'c1', serverId: r.server.id, portId: 'p1' });
    expect(needsProductionGuard(detachInterface({ portId: 'p1', fixedIps: [] }), true)).toBe(true);
    expect(needsProductionGuard(attachInterface({ portId: 'p1' }), true)).toBe(false);
  });

  it("still offers unlock, rename, snapshot, the ports' security groups (Neutron's, which Nova's lock does not cover) and the logs, and not lock", () => {
    expect(ids(locked())).toEqual(['unlock', 'rename', 'snapshot', 'securityGroups', 'console', 'consoleLog', 'actionLog']);
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
    expect(drawerActionsFor(SERVER_ACTIONS, locked()).map((a) => a.id)).toEqual(['stop', 'reboot', 'unlock', 'shelve', 'pause', 'suspend', 'rename', 'metadata', 'snapshot', 'securityGroups', 'console', 'consoleLog', 'delete']);
    expect(drawerActionsFor(SERVER_ACTIONS, row()).map((a) => a.id)).toEqual(['stop', 'reboot', 'lock', 'shelve', 'pause', 'suspend', 'rename', 'metadata', 'snapshot', 'securityGroups', 'console', 'consoleLog', 'delete']);
  });

  it('offers lock, and every state-allowed action, once unlocked', () => {
    expect(ids(row())).toEqual(['stop', 'reboot', 'hardReboot', 'resize', 'lock', 'shelve', 'pause', 'suspend', 'rename', 'metadata', 'snapshot', 'rescue', 'rebuild', 'interfaces', 'securityGroups', 'attachVolume', 'console', 'consoleLog', 'actionLog', 'delete']);
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
    expect(drawerActionsFor(SERVER_ACTIONS, withFip).map((a) => a.id)).toEqual(['stop', 'reboot', 'lock', 'shelve', 'pause', 'suspend', 'rename', 'metadata', 'snapshot', 'securityGroups', 'associateFloatingIp', 'disassociateFloatingIp', 'console', 'consoleLog', 'delete']);
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
