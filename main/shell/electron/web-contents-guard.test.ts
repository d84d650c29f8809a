import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FakeContents } from '../../../e2e/support/fake-web-contents.js';
import { guardAllWebContents, type GuardableContents } from './web-contents-guard.js';

function setUp() {
  const app = new EventEmitter();
  const opened: string[] = [];
  guardAllWebContents(app, (url) => opened.push(url));
  const created = (): FakeContents => {
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents satisfies GuardableContents);
    return contents;
  };
  return { opened, created };
}

describe('web-contents-created guard', () => {
  it('guards every webContents created, not only the first', () => {
    const { created } = setUp();
    for (const contents of [created(), created(), created()]) {
      expect(contents.prevented('will-navigate', 'https://evil.example/')).toBe(true);
      expect(contents.openHandler).toBeDefined();
    }
  });

  it('refuses navigating, redirecting or framing anything but app://novadesk', () => {
    const contents = setUp().created();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.prevented(event, 'https://evil.example/'), event).toBe(true);
      expect(contents.prevented(event, 'file:///etc/passwd'), event).toBe(true);
      expect(contents.prevented(event, 'app://novadesk.evil/'), event).toBe(true);
      expect(contents.prevented(event, 'app://novadesk/#/servers'), event).toBe(false);
    }
  });

  it('refuses attaching a webview', () => {
    const contents = setUp().created();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every new window and hands only https links to the system browser', () => {
    const { opened, created } = setUp();
    const contents = created();
    for (const url of ['https://docs.openstack.org/', 'http://docs.openstack.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://novadesk/']) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://docs.openstack.org/']);
  });
});
