import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientFor, RUN_PREFIX } from '../../../e2e/support/local-cloud.js';
import { isOpenStackError } from '../errors.js';
import { ComputeClient } from './compute-client.js';
import { KeypairManager } from './keypairs.js';

/** An ed25519 public key in OpenSSH format, and the MD5 fingerprint Nova computes for ssh keys. */
function sshPublicKey(comment: string): { line: string; md5: string } {
  const { publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('no ed25519 public key bytes');
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(Buffer.from(x, 'base64url'))]);
  const md5 = createHash('md5').update(blob).digest('hex').replace(/(..)(?!$)/g, '$1:');
  return { line: `ssh-ed25519 ${blob.toString('base64')} ${comment}`, md5 };
}

/** A self-signed certificate for an x509 keypair, made by the openssl CLI (node cannot sign one). */
function x509Certificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nd-x509-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=novadesk-test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'cert.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function errorKind(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isOpenStackError(e)) return e.kind;
    throw e;
  }
  return 'no error';
}

describe('keypairs against the local Nova', () => {
  const client = clientFor('local-demo');
  const admin = clientFor('local-admin');
  const name = (suffix: string) => `${RUN_PREFIX}-${suffix}`;
  const lastSeq = () => client.session.log.list().at(-1)?.seq ?? 0;

  afterAll(async () => {
    // everything this run made, found by prefix, so a failed test leaves nothing behind
    try {
      const mine = (await client.keypairs.list()).filter((k) => k.name.startsWith(RUN_PREFIX));
      await Promise.allSettled(mine.map((k) => client.keypairs.delete(k.name)));
    } finally {
      await Promise.all([client.close(), admin.close()]);
    }
  });

  it('imports an ed25519 public key, and get and list return it with the fingerprint Nova computed', async () => {
    const key = sshPublicKey('novadesk-test');
    // a space in the name proves the name is encoded in the path of get and delete
    const kpName = name('imported one');
    const imported = await client.keypairs.import({ name: kpName, publicKey: key.line });
    const me = (await client.session.token()).user.id;
    expect(imported).toMatchObject({ name: kpName, type: 'ssh', publicKey: key.line, fingerprint: key.md5, userId: me });

    const got = await client.keypairs.get(kpName);
    expect(got).toMatchObject({ name: kpName, type: 'ssh', fingerprint: key.md5, userId: me });
    const created = Date.parse(got.createdAt ?? '');
    expect(Math.abs(Date.now() - created)).toBeLessThan(10 * 60_000);

    const listed = (await client.keypairs.list()).find((k) => k.name === kpName);
    expect(listed).toMatchObject({ type: 'ssh', fingerprint: key.md5, publicKey: key.line });
  });

  it('imports an x509 certificate as an x509 keypair', async () => {
    const cert = x509Certificate();
    const kp = await client.keypairs.import({ name: name('cert'), publicKey: cert, type: 'x509' });
    expect(kp.type).toBe('x509');
    // Nova fingerprints a certificate by the SHA-1 of its DER form
    expect(kp.fingerprint.toLowerCase()).toBe(new X509Certificate(cert).fingerprint.toLowerCase());
    expect((await client.keypairs.get(name('cert'))).type).toBe('x509');
  });

  it('refuses server-side generation at the negotiated 2.93 without sending a request', async () => {
    expect(await client.compute.microversion()).toBe('2.93');
    const before = lastSeq();
    expect(await errorKind(client.keypairs.create({ name: name('gen-refused') }))).toBe('unsupported_microversion');
    expect(client.session.log.list({ sinceSeq: before }).filter((e) => e.method === 'POST')).toEqual([]);
  });

  it('generates a keypair at 2.91: the private key comes back once and never reaches the log', async () => {
    const at291 = new KeypairManager(new ComputeClient(client.session, '2.91'));
    const generated = await at291.create({ name: name('generated') });
    expect(generated.privateKey).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(generated.publicKey).toMatch(/^ssh-rsa /);
    expect(generated.type).toBe('ssh');
    // the key Nova kept is the public half of what it handed out
    expect((await client.keypairs.get(name('generated'))).fingerprint).toBe(generated.fingerprint);
    const body = generated.privateKey.split('\n')[1] ?? 'missing';
    expect(JSON.stringify(client.session.log.list())).not.toContain(body);
    await at291.delete(name('generated'));
    expect(await errorKind(client.keypairs.get(name('generated')))).toBe('not_found');
  });

  it('lists page by page with limit and marker (≥ 3 pages) and misses none', async () => {
    const names = [0, 1, 2, 3, 4].map((i) => name(`page-${i}`));
    // one after another: Nova orders the pages by creation
    for (const n of names) await client.keypairs.import({ name: n, publicKey: sshPublicKey(n).line });

    const before = lastSeq();
    const all = await client.keypairs.list({ pageSize: 2 });
    const gets = client.session.log.list({ sinceSeq: before }).filter((e) => e.method === 'GET' && e.url.includes('/os-keypairs'));
    expect(gets.length).toBeGreaterThanOrEqual(3);
    expect(gets.slice(1).every((e) => /[?&]marker=/.test(e.url) && /[?&]limit=2/.test(e.url))).toBe(true);
    const mine = all.map((k) => k.name).filter((n) => names.includes(n));
    expect(mine).toEqual(names);
    expect(new Set(all.map((k) => k.name)).size).toBe(all.length);

    // a marker starts after that keypair
    const after = (await client.keypairs.list({ pageSize: 2, marker: names[1] })).map((k) => k.name);
    expect(after).toEqual(expect.arrayContaining(names.slice(2)));
    expect(after).not.toContain(names[0]);
    expect(after).not.toContain(names[1]);
  });

  it('before 2.35 lists everything in one request and refuses a marker', async () => {
    const at234 = new KeypairManager(new ComputeClient(client.session, '2.34'));
    const before = lastSeq();
    const all = await at234.list({ pageSize: 2 });
    expect(all.filter((k) => k.name.startsWith(name('page-')))).toHaveLength(5);
    expect(client.session.log.list({ sinceSeq: before }).filter((e) => e.url.includes('/os-keypairs'))).toHaveLength(1);
    expect(await errorKind(at234.list({ marker: name('page-0') }))).toBe('unsupported_microversion');
  });

  it("lets an admin list and read another user's keypairs by user id", async () => {
    const demoUser = (await client.session.token()).user.id;
    const theirs = await admin.keypairs.list({ userId: demoUser });
    expect(theirs.map((k) => k.name)).toContain(name('page-0'));
    expect((await admin.keypairs.get(name('page-0'), { userId: demoUser })).userId).toBe(demoUser);
    // without the user id the admin looks at their own keypairs
    expect(await errorKind(admin.keypairs.get(name('page-0')))).toBe('not_found');
  });

  it('deletes a keypair; a second delete and a get are not_found', async () => {
    const kpName = name('imported one');
    await client.keypairs.delete(kpName);
    expect(await errorKind(client.keypairs.get(kpName))).toBe('not_found');
    expect(await errorKind(client.keypairs.delete(kpName))).toBe('not_found');
    expect((await client.keypairs.list()).map((k) => k.name)).not.toContain(kpName);
  });

  it('a duplicate name is a conflict', async () => {
    expect(await errorKind(client.keypairs.import({ name: name('page-0'), publicKey: sshPublicKey('dup').line }))).toBe('conflict');
  });
});
