import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackPeerUid, parseProcNetTcp } from './peer-uid.js';

// Lines as the kernel writes them (Debian 12, 6.1): a listener, both ends of a loopback
// connection between uid 1000 (client, port 0xA5F2) and uid 0 (server, port 0x1F90).
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 28655 1 00000000a7aba7b1 100 0 0 10 0
   1: 0100007F:A5F2 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 91234 1 0000000035ee5a7b 20 4 30 10 -1
   2: 0100007F:1F90 0100007F:A5F2 01 00000000:00000000 00:00000000 00000000     0        0 91235 1 00000000c1d3f2a0 20 4 31 10 -1
`;
// tcp6: ::1 listening, and an IPv4-mapped client of uid 65534 talking to 127.0.0.1:8080
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000001000000:1111 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 28656 1 00000000db538636 100 0 0 10 0
   1: 0000000000000000FFFF00000100007F:C001 0000000000000000FFFF00000100007F:1F90 01 00000000:00000000 00:00000000 00000000 65534        0 91300 1 0000000012345678 20 4 30 10 -1
`;

describe('/proc/net/tcp parser', () => {
  it('reads addresses, ports and the uid column of tcp', () => {
    expect(parseProcNetTcp(TCP)).toEqual([
      { localAddress: '127.0.0.1', localPort: 8080, remoteAddress: '0.0.0.0', remotePort: 0, uid: 0 },
      { localAddress: '127.0.0.1', localPort: 0xa5f2, remoteAddress: '127.0.0.1', remotePort: 8080, uid: 1000 },
      { localAddress: '127.0.0.1', localPort: 8080, remoteAddress: '127.0.0.1', remotePort: 0xa5f2, uid: 0 },
    ]);
  });

  it('reads tcp6, with IPv4-mapped addresses dotted', () => {
    const rows = parseProcNetTcp(TCP6);
    expect(rows[0]).toMatchObject({ localAddress: '0000:0000:0000:0000:0000:0000:0000:0001', localPort: 0x1111, uid: 0 });
    expect(rows[1]).toEqual({ localAddress: '127.0.0.1', localPort: 0xc001, remoteAddress: '127.0.0.1', remotePort: 8080, uid: 65534 });
  });

  it('finds the client end of a connection, not the server end', async () => {
    const files: Record<string, string> = { '/proc/net/tcp': TCP, '/proc/net/tcp6': TCP6 };
    const read = async (p: string) => files[p]!;
    const socketFrom = (port: number, address = '127.0.0.1') =>
      ({ remoteAddress: address, remotePort: port, localAddress: '127.0.0.1', localPort: 8080 }) as Socket;
    expect(await loopbackPeerUid(socketFrom(0xa5f2), read)).toBe(1000);
    expect(await loopbackPeerUid(socketFrom(0xc001, '::ffff:127.0.0.1'), read)).toBe(65534);
    expect(await loopbackPeerUid(socketFrom(0x1234), read)).toBeUndefined();
  });
});

describe.runIf(process.platform === 'linux')('peer uid of a real loopback connection', () => {
  let server: Server;
  const accepted: Socket[] = [];
  beforeAll(async () => {
    server = createServer((s) => accepted.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of accepted) s.destroy();
    await new Promise((r) => server.close(r));
  });

  it('is our own uid for our own connection', async () => {
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((r) => client.once('connect', r));
    await expect.poll(() => accepted.length).toBe(1);
    expect(await loopbackPeerUid(accepted[0]!)).toBe(process.getuid!());
    client.destroy();
  });

  // another uid needs root and setpriv (util-linux); as a normal user the test cannot switch
  const canSwitch = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
  it.runIf(canSwitch)("is the other user's uid for a connection made as nobody", async () => {
    const nobody = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
    const port = (server.address() as AddressInfo).port;
    const before = accepted.length;
    // bash's /dev/tcp holds the connection open while the sleep runs
    const client = spawn('/usr/bin/setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${port}; sleep 10`], {
      stdio: 'ignore',
    });
    try {
      await expect.poll(() => accepted.length, { timeout: 5_000 }).toBe(before + 1);
      expect(await loopbackPeerUid(accepted[before]!)).toBe(nobody);
    } finally {
      client.kill();
    }
  });
});
