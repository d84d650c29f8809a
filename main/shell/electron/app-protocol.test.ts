import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { appProtocolHandler } from './app-protocol.js';

const rendererDir = join('/opt', 'novadesk', 'renderer');

// a fake net.fetch: files that exist answer with their path, others reject as net.fetch does
function fakeFetch(existing: string[], headers: Record<string, string> = {}) {
  const asked: string[] = [];
  const fetchFile = (fileUrl: string) => {
    asked.push(fileUrl);
    const path = fileURLToPath(fileUrl);
    if (!existing.includes(path)) return Promise.reject(new Error('net::ERR_FILE_NOT_FOUND'));
    // bytes, not a string: a string body would bring its own text/plain type
    return Promise.resolve(new Response(new TextEncoder().encode(`contents of ${path}`), { status: 200, headers }));
  };
  return { asked, fetchFile };
}

const index = join(rendererDir, 'index.html');
const script = join(rendererDir, 'assets', 'index-abc.js');

describe('app:// handler', () => {
  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const handle = appProtocolHandler({ rendererDir, ...fakeFetch([index]) });
    const res = await handle({ url: 'app://novadesk/' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(`contents of ${index}`);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('overrides a CSP the file answer brought, and keeps its content type', async () => {
    const handle = appProtocolHandler({ rendererDir, ...fakeFetch([script], { 'content-security-policy': "script-src *", 'content-type': 'application/javascript' }) });
    const res = await handle({ url: 'app://novadesk/assets/index-abc.js' });
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('application/javascript');
  });

  it('answers errors with the same security headers', async () => {
    const handle = appProtocolHandler({ rendererDir, ...fakeFetch([]) });
    const res = await handle({ url: 'app://novadesk/missing.js' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never reads outside the renderer folder', async () => {
    const fake = fakeFetch([index, '/etc/passwd', join('/opt', 'novadesk', 'renderer-secrets', 'x')]);
    const handle = appProtocolHandler({ rendererDir, fetchFile: fake.fetchFile });
    for (const url of [
      'app://novadesk/..%2f..%2f..%2fetc%2fpasswd',
      'app://novadesk/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://novadesk/..%2f..%2frenderer-secrets%2fx',
      'app://novadesk/assets/..%2f..%2f..%2f..%2fetc/passwd',
    ]) {
      expect((await handle({ url })).status, url).toBe(404);
    }
    // the URL parser folds %2e%2e into the path itself; what is read stays inside
    expect(fake.asked.map((u) => fileURLToPath(u)).filter((p) => !p.startsWith(rendererDir + sep))).toEqual([]);
  });

  it('answers another host with 404', async () => {
    const fake = fakeFetch([index]);
    const res = await appProtocolHandler({ rendererDir, fetchFile: fake.fetchFile })({ url: 'app://evil/index.html' });
    expect(res.status).toBe(404);
    expect(fake.asked).toEqual([]);
  });

  it('answers a malformed percent-encoding or a NUL with 400 instead of throwing', async () => {
    const fake = fakeFetch([index]);
    const handle = appProtocolHandler({ rendererDir, fetchFile: fake.fetchFile });
    for (const url of ['app://novadesk/%E0%A4%A', 'app://novadesk/%', 'app://novadesk/index.html%00.png']) {
      const res = await handle({ url });
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(fake.asked).toEqual([]);
  });
});
