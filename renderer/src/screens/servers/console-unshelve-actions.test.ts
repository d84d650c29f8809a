import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleOpened } from '../../../../shared/domain/server.js';
import { availability, opensDialog } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { useConsoleNotes } from './console-opened.js';
import { SERVER_ACTIONS, serverAction, unshelveTo } from './server-actions.js';
import { asRow } from './server-guards.js';
import { useServersView } from './servers-view.js';
import { testServer } from './test-server.js';

const row = (over: Parameters<typeof testServer>[0] = {}) => ({ ...asRow(testServer({ hostId: 'host-1', name: 'web-1', ...over })), cloud: 'c1', key: 'c1/srv' });
const atVersion = (version: string | undefined) =>
  useServersView.setState({ microversions: version ? { c1: { state: 'known', version } } : {} });

// what main answers for a console opened behind the browser host's one-time link
const answer: ConsoleOpened = {
  protocol: 'vnc',
  type: 'novnc',
  opened: 'link',
  link: '/console/n0nce',
  issuedAt: '2026-12-07T14:00:00.000Z',
  lifetimeSeconds: 600,
  lifetimeSource: 'nova-default',
};

afterEach(() => {
  atVersion(undefined);
  useConsoleNotes.setState({ notes: [] });
  vi.unstubAllGlobals();
});

describe('the console row', () => {
  const consoleAction = serverAction('console');

  it('asks main for a console of the row, titled with its name, one server at a time', () => {
    const r = row();
    expect(consoleAction.request?.channel).toBe('servers.remoteConsole');
    expect(consoleAction.request?.input(r, 'c1')).toEqual({ cloud: 'c1', id: r.server.id, title: 'web-1' });
    expect(consoleAction.batchable).toBeFalsy();
  });

  it('is offered for ACTIVE servers, with the reason otherwise', () => {
    expect(availability(consoleAction, row()).ok).toBe(true);
    expect(availability(consoleAction, row({ status: 'SHUTOFF' }))).toMatchObject({ ok: false, reason: 'notRunning' });
  });

  it('needs compute 2.6 once the cloud is known to speak less, and says which', () => {
    atVersion('2.5');
    expect(availability(consoleAction, row())).toMatchObject({ ok: false, reason: 'needsVersion', values: { version: '2.6', have: '2.5' } });
    atVersion('2.6');
    expect(availability(consoleAction, row()).ok).toBe(true);
    expect(missingLocaleKeys(SERVER_ACTIONS)).toEqual([]);
  });

  it('opens the link in a popup named after the server, cut off from the app, and notes until when it works', () => {
    const popup = { opener: 'app' as unknown };
    const open = vi.fn(() => popup);
    vi.stubGlobal('window', { open });
    const r = row();
    consoleAction.after?.(answer, r, 'c1');
    expect(open).toHaveBeenCalledWith('/console/n0nce', `novadesk-console-${r.server.id}`, 'popup,width=1040,height=820');
    expect(popup.opener).toBeNull();
    expect(useConsoleNotes.getState().notes).toEqual([{ key: 'c1/srv', cloud: 'c1', serverId: r.server.id, server: 'web-1', until: Date.parse('2026-12-07T14:10:00.000Z') }]);
  });

  it('keeps the link for a fresh click when the browser blocked the popup', () => {
    vi.stubGlobal('window', { open: () => null });
    consoleAction.after?.(answer, row(), 'c1');
    expect(useConsoleNotes.getState().notes[0]).toMatchObject({ blockedLink: '/console/n0nce' });
  });

  it('opens nothing itself where the host opened a window (Electron)', () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    consoleAction.after?.({ ...answer, opened: 'window', link: undefined }, row(), 'c1');
    expect(open).not.toHaveBeenCalled();
    expect(useConsoleNotes.getState().notes[0]).not.toHaveProperty('blockedLink');
  });
});

describe('unshelve', () => {
  const unshelve = serverAction('unshelve');
  const shelved = row({ status: 'SHELVED_OFFLOADED' });

  it('is one click below compute 2.77 (or while the version is unknown), a zone dialog from 2.77', () => {
    expect(opensDialog(unshelve, shelved)).toBe(false);
    atVersion('2.76');
    expect(opensDialog(unshelve, shelved)).toBe(false);
    expect(unshelve.request?.input(shelved, 'c1')).toEqual({ cloud: 'c1', id: shelved.server.id });
    atVersion('2.77');
    expect(opensDialog(unshelve, shelved)).toBe(true);
    expect(unshelve.batchable).toBe(true);
  });

  it("sends the dialog's zone, or none for any", () => {
    atVersion('2.77');
    expect(opensDialog(unshelveTo('nova'), shelved)).toBe(false);
    expect(unshelveTo('nova').request?.input(shelved, 'c1')).toEqual({ cloud: 'c1', id: shelved.server.id, availabilityZone: 'nova' });
    expect(unshelveTo(undefined).request?.input(shelved, 'c1')).toEqual({ cloud: 'c1', id: shelved.server.id });
    expect(unshelveTo('nova')).toMatchObject({ id: 'unshelve', batchable: true, guards: unshelve.guards });
  });
});
