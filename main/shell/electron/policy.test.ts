import { describe, expect, it } from 'vitest';
import { WEB_PREFERENCES, externalLinkAllowed, navigationAllowed, senderAllowed } from './policy.js';

describe('Electron window policy', () => {
  it('isolates the renderer', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('answers IPC only from the app’s own top frame', () => {
    expect(senderAllowed({ url: 'app://novadesk/index.html', parent: null })).toBe(true);
    expect(senderAllowed({ url: 'app://novadesk/index.html', parent: {} })).toBe(false);
    expect(senderAllowed({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(senderAllowed({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(senderAllowed({ url: 'app://novadesk.evil/x', parent: null })).toBe(false);
    expect(senderAllowed(null)).toBe(false);
  });

  it('never navigates away and opens only https links outside', () => {
    expect(navigationAllowed('app://novadesk/#/servers')).toBe(true);
    expect(navigationAllowed('http://127.0.0.1:8774/')).toBe(false);
    expect(externalLinkAllowed('https://docs.openstack.org/')).toBe(true);
    expect(externalLinkAllowed('http://docs.openstack.org/')).toBe(false);
    expect(externalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(externalLinkAllowed('javascript:alert(1)')).toBe(false);
  });
});
