import { describe, expect, it } from 'vitest';
import { KnownSecrets } from '../openstack/known-secrets.js';
import { consoleTokenOf, openRemoteConsole, type ConsoleWindows } from './console-windows.js';

// shaped like Nova's answer to POST /servers/{id}/remote-consoles (compute 2.6+)
const URL_ = 'http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3D6a3c1e0b-5b8e-4b6e-9d0f-2c1f3a7d9e11';
const TOKEN = '6a3c1e0b-5b8e-4b6e-9d0f-2c1f3a7d9e11';
const novnc = { protocol: 'vnc', type: 'novnc', url: URL_ };

describe('consoleTokenOf', () => {
  it("finds the token inside noVNC's path parameter, or as ?token=", () => {
    expect(consoleTokenOf(URL_)).toBe(TOKEN);
    expect(consoleTokenOf('http://h:6082/spice_auto.html?token=abc123def')).toBe('abc123def');
    expect(consoleTokenOf('ws://h:6083/?token=serial-token-1')).toBe('serial-token-1');
    expect(consoleTokenOf('http://h/vnc_lite.html')).toBeUndefined();
    expect(consoleTokenOf('not a url')).toBeUndefined();
  });
});

describe('openRemoteConsole', () => {
  it('hands the URL to the host and returns only the link, the time and the lifetime', async () => {
    const secrets = new KnownSecrets();
    const given: Array<{ url: string; title: string }> = [];
    const windows: ConsoleWindows = { open: (o) => (given.push(o), { link: '/console/n0nce' }) };
    const opened = await openRemoteConsole(windows, async () => novnc, 'web-1', { secrets, now: () => Date.UTC(2026, 11, 7, 14, 0) });
    expect(given).toEqual([{ url: URL_, title: 'web-1' }]);
    expect(opened).toMatchObject({ opened: 'link', link: '/console/n0nce', issuedAt: '2026-12-07T14:00:00.000Z' });
    // Nova's API does not say the token's lifetime: the answer says whose number it is
    expect(opened).toMatchObject({ lifetimeSeconds: 600, lifetimeSource: 'nova-default' });
    expect(Object.keys(opened).sort()).toEqual(['issuedAt', 'lifetimeSeconds', 'lifetimeSource', 'link', 'opened', 'protocol', 'type']);
    expect(JSON.stringify(opened)).not.toContain(TOKEN);
  });

  it('says window when the host opened one itself', async () => {
    const opened = await openRemoteConsole({ open: () => ({}) }, async () => novnc, 'web-1', { secrets: new KnownSecrets() });
    expect(opened.opened).toBe('window');
    expect(opened).not.toHaveProperty('link');
  });

  it('puts the URL and its token on the known-secrets net for the token lifetime', async () => {
    const secrets = new KnownSecrets();
    await openRemoteConsole({ open: () => ({}) }, async () => novnc, 'web-1', { secrets, forgetAfterMs: 60_000 });
    expect(secrets.scrub(`echo ${TOKEN} and ${URL_}`)).not.toContain(TOKEN);
    expect(secrets.size).toBe(2);
  });

  it('forgets them once the lifetime is over', async () => {
    const secrets = new KnownSecrets();
    await openRemoteConsole({ open: () => ({}) }, async () => novnc, 'web-1', { secrets, forgetAfterMs: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(secrets.size).toBe(0);
  });

  it('refuses a console that is not a web page (serial, ws://), naming the field', async () => {
    const serial = { protocol: 'serial', type: 'serial', url: 'ws://127.0.0.1:6083/?token=serial-token-1' };
    let opened = false;
    const err = await openRemoteConsole({ open: () => ((opened = true), {}) }, async () => serial, 'web-1', { secrets: new KnownSecrets() }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'bad_request', field: 'protocol' });
    expect(opened).toBe(false);
  });

  it('does not ask Nova for a console when the host cannot show one', async () => {
    let asked = false;
    const err = await openRemoteConsole(undefined, async () => ((asked = true), novnc), 'web-1').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'internal', message: expect.stringContaining('cannot open console windows') });
    expect(asked).toBe(false);
  });
});
