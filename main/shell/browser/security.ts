import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'novadesk_session';

export function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/**
 * DNS rebinding and cross-site requests: the Host must be our loopback address and port, and
 * an Origin, when sent, must be our own. A page on 127.0.0.1 at another port is same-site, so
 * the SameSite=Strict cookie reaches us from it; a no-cors GET (`<img>`, `<script>`, fetch)
 * carries no Origin, but Chromium's Fetch Metadata says where it came from: only our own pages
 * ('same-origin') and the user ('none': typed, --app) are served. The launch link is also
 * reached from our file:// launch page ('cross-site'); it needs its one-time code anyway.
 */
export function originAllowed(req: IncomingMessage, port: number, pathname: string): { ok: true } | { ok: false; reason: string } {
  const self = `127.0.0.1:${port}`;
  if (req.headers.host !== self) return { ok: false, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${self}`) return { ok: false, reason: 'origin' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && pathname !== '/launch') return { ok: false, reason: 'sec-fetch-site' };
  return { ok: true };
}
