import { CONSOLE_TOKEN_TTL_SECONDS, type ConsoleOpened, type RemoteConsole } from '../../shared/domain/server.js';
import { OpenStackError } from '../openstack/errors.js';
import { knownSecrets, type KnownSecrets } from '../openstack/known-secrets.js';

/**
 * The host's way of showing a console (an AppOptions member): Electron opens a window of its
 * own on the URL and returns no link; the browser host keeps the URL behind a one-time link
 * on its own origin, which the renderer opens. Either way the URL stays in main.
 */
export interface ConsoleWindows {
  open(o: { url: string; title: string }): Promise<{ link?: string }> | { link?: string };
}

/**
 * The console token in a URL: `?token=` (spice, serial, newer noVNC) or inside noVNC's
 * `path` parameter (`vnc_lite.html?path=%3Ftoken%3D…`).
 */
export function consoleTokenOf(url: string): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const direct = params.get('token');
  if (direct) return direct;
  const path = params.get('path');
  if (!path) return undefined;
  return new URLSearchParams(path.replace(/^[^?]*\?/, '')).get('token') ?? undefined;
}

export interface OpenConsoleOptions {
  now?: () => number;
  secrets?: KnownSecrets;
  /** how long the URL and token stay on the known-secrets net (the token's lifetime) */
  forgetAfterMs?: number;
}

/**
 * Asks Nova for a console and hands its URL to the host. The URL and its token join the
 * known-secrets net for the token's lifetime first, so anything that echoes them (an error,
 * a log line) is scrubbed. Without a host that can show consoles, Nova is not asked at all:
 * a token made for nobody would only be one more to leak.
 */
export async function openRemoteConsole(
  windows: ConsoleWindows | undefined,
  fetchConsole: () => Promise<RemoteConsole>,
  title: string,
  o: OpenConsoleOptions = {},
): Promise<ConsoleOpened> {
  if (!windows) throw new OpenStackError('internal', 'this Novadesk host cannot open console windows');
  const secrets = o.secrets ?? knownSecrets;
  const rc = await fetchConsole();
  const forget = [secrets.add(rc.url), secrets.add(consoleTokenOf(rc.url))];
  setTimeout(() => forget.forEach((f) => f()), o.forgetAfterMs ?? CONSOLE_TOKEN_TTL_SECONDS * 1000).unref();
  // a serial console (ws://) needs a terminal, not a page
  if (!/^https?:$/.test(new URL(rc.url).protocol)) {
    throw new OpenStackError('bad_request', `a ${rc.protocol} console is not a web page: Novadesk opens noVNC, SPICE and RDP consoles only`, { field: 'protocol' });
  }
  const issuedAt = new Date((o.now ?? Date.now)()).toISOString();
  const { link } = await windows.open({ url: rc.url, title });
  return {
    protocol: rc.protocol,
    type: rc.type,
    opened: link ? 'link' : 'window',
    ...(link ? { link } : {}),
    issuedAt,
    lifetimeSeconds: CONSOLE_TOKEN_TTL_SECONDS,
    lifetimeSource: 'nova-default',
  };
}
