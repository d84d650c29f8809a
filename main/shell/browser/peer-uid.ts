import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';

/** One row of /proc/net/tcp or /proc/net/tcp6 (the columns we need). */
export interface TcpRow {
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  uid: number;
}

/**
 * Parses /proc/net/tcp{,6}: `sl local_address rem_address st tx:rx tr:when retrnsmt uid …`,
 * addresses as hex in the kernel's byte order (each 32-bit word little-endian), ports as hex.
 * IPv4 and IPv4-mapped IPv6 addresses come back dotted; other IPv6 as lowercase hex groups.
 */
export function parseProcNetTcp(text: string): TcpRow[] {
  const rows: TcpRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8) continue;
    const local = parseEndpoint(f[1]!);
    const remote = parseEndpoint(f[2]!);
    const uid = Number(f[7]);
    if (!local || !remote || !Number.isInteger(uid)) continue;
    rows.push({ localAddress: local.address, localPort: local.port, remoteAddress: remote.address, remotePort: remote.port, uid });
  }
  return rows;
}

function parseEndpoint(s: string): { address: string; port: number } | undefined {
  const [hex, portHex] = s.split(':');
  if (!hex || !portHex || !/^[0-9A-Fa-f]+$/.test(hex + portHex)) return undefined;
  const port = parseInt(portHex, 16);
  if (hex.length === 8) return { address: ipv4FromWord(hex), port };
  if (hex.length !== 32) return undefined;
  const words = [0, 8, 16, 24].map((i) => hex.slice(i, i + 8));
  // ::ffff:a.b.c.d — the kernel's words are 0, 0, 0000FFFF (bytes 00 00 ff ff), then the IPv4 word
  if (words[0] === '00000000' && words[1] === '00000000' && words[2]!.toUpperCase() === 'FFFF0000') return { address: ipv4FromWord(words[3]!), port };
  const bytes = words.flatMap((w) => [6, 4, 2, 0].map((i) => w.slice(i, i + 2)));
  const groups = [0, 2, 4, 6, 8, 10, 12, 14].map((i) => (bytes[i]! + bytes[i + 1]!).toLowerCase());
  return { address: groups.join(':'), port };
}

function ipv4FromWord(word: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(word.slice(i, i + 2), 16)).join('.');
}

function plainIpv4(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/**
 * The uid owning the other end of a loopback connection: the client socket's row is the one
 * whose local end is the peer's address and port and whose remote end is us.
 */
export async function loopbackPeerUid(socket: Socket, read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8')): Promise<number | undefined> {
  const peer = { address: plainIpv4(socket.remoteAddress ?? ''), port: socket.remotePort };
  const self = { address: plainIpv4(socket.localAddress ?? ''), port: socket.localPort };
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = await read(table);
    } catch {
      continue;
    }
    const row = parseProcNetTcp(text).find(
      (r) => r.localAddress === peer.address && r.localPort === peer.port && r.remoteAddress === self.address && r.remotePort === self.port,
    );
    if (row) return row.uid;
  }
  return undefined;
}

export type PeerCheck = (socket: Socket) => Promise<boolean>;

/**
 * Linux: only our own uid may talk to the host (another local user could otherwise race us to
 * the launch link or probe the router). A peer we cannot find is refused too. Elsewhere there
 * is no /proc/net/tcp; the launch code and cookie remain the guard.
 */
export function defaultPeerCheck(): PeerCheck | undefined {
  const uid = process.getuid?.();
  if (process.platform !== 'linux' || uid === undefined) return undefined;
  return async (socket) => (await loopbackPeerUid(socket)) === uid;
}
