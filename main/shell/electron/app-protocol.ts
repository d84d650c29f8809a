/**
 * The app://novadesk handler, without electron: main.ts passes Electron's `net.fetch` as
 * `fetchFile`, tests pass a fake. It sets the CSP on every answer itself, because
 * `session.webRequest.onHeadersReceived` does not run for `protocol.handle` responses.
 */
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../content-types.js';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { APP_HOST } from './policy.js';

export interface AppProtocolOptions {
  /** the built renderer (dist/renderer); nothing outside it is ever served */
  rendererDir: string;
  /** reads a file:// URL (Electron's net.fetch) */
  fetchFile: (fileUrl: string) => Promise<Response>;
}

/** Headers every app:// answer carries, errors included. */
function securityHeaders(): Headers {
  return new Headers({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' });
}

function plain(status: number, text: string): Response {
  const headers = securityHeaders();
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  return new Response(text, { status, headers });
}

/** The file under rendererDir a URL path names, or why there is none. */
function resolveFile(rendererDir: string, pathname: string): { file: string } | { status: 400 | 404 } {
  let rel: string;
  try {
    rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname);
  } catch {
    return { status: 400 }; // '%E0%A4%A' and the like: a malformed URL, not a missing file
  }
  if (rel.includes('\0')) return { status: 400 };
  const root = normalize(rendererDir);
  const file = normalize(join(root, rel));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? { file } : { status: 404 };
}

export function appProtocolHandler(o: AppProtocolOptions): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'not found');
    const found = resolveFile(o.rendererDir, url.pathname);
    if ('status' in found) return plain(found.status, found.status === 400 ? 'bad request' : 'not found');
    let upstream: Response;
    try {
      upstream = await o.fetchFile(pathToFileURL(found.file).toString());
    } catch {
      return plain(404, 'not found'); // net.fetch rejects for a missing file
    }
    // a new Response: net.fetch's headers may be immutable, and ours must win over them
    const headers = new Headers(upstream.headers);
    securityHeaders().forEach((value, name) => headers.set(name, value));
    // net.fetch gives a type from the extension already; with nosniff a module script without one is refused
    if (!headers.has('Content-Type')) headers.set('Content-Type', contentTypeOf(found.file) ?? 'application/octet-stream');
    return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
  };
}
