import { describe, expect, it } from 'vitest';
import { fingerprint, generateEd25519, openSshPrivateKey, openSshPublicKey } from './ssh-key.js';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!, (b) => parseInt(b, 16));
const unbase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const contains = (hay: Uint8Array, needle: Uint8Array) =>
  hay.some((_, i) => needle.every((b, j) => hay[i + j] === b));

// RFC 8032 test vector 1
const SEED = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const PUB = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');

/** Reads the SSH wire format back, to check the private key file field by field. */
function reader(bytes: Uint8Array) {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    uint32: () => {
      const v = view.getUint32(at);
      at += 4;
      return v;
    },
    string: () => {
      const n = view.getUint32(at);
      at += 4;
      const s = bytes.subarray(at, at + n);
      at += n;
      return s;
    },
    raw: (n: number) => {
      const s = bytes.subarray(at, at + n);
      at += n;
      return s;
    },
    get rest() {
      return bytes.length - at;
    },
  };
}
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('OpenSSH encoding of an ed25519 key', () => {
  it('public key line: ssh-ed25519, the wire blob, the comment', () => {
    const line = openSshPublicKey(PUB, 'me@host');
    expect(line).toBe('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea me@host');
  });

  it('fingerprint as ssh-keygen -l prints it', async () => {
    expect(await fingerprint(PUB)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('private key file: openssh-key-v1, unencrypted, seed‖public, padded to 8', () => {
    const pem = openSshPrivateKey(SEED, PUB, 'me@host', 0x01020304);
    const lines = pem.trim().split('\n');
    expect(lines[0]).toBe('-----BEGIN OPENSSH PRIVATE KEY-----');
    expect(lines.at(-1)).toBe('-----END OPENSSH PRIVATE KEY-----');
    expect(lines.slice(1, -1).every((l) => l.length <= 70)).toBe(true);
    const bytes = unbase64(lines.slice(1, -1).join(''));
    const r = reader(bytes);
    expect(text(r.raw(15))).toBe('openssh-key-v1\0');
    expect(text(r.string())).toBe('none');
    expect(text(r.string())).toBe('none');
    expect(r.string().length).toBe(0);
    expect(r.uint32()).toBe(1);
    const pubBlob = reader(r.string());
    expect(text(pubBlob.string())).toBe('ssh-ed25519');
    expect([...pubBlob.string()]).toEqual([...PUB]);
    const privBytes = r.string();
    expect(r.rest).toBe(0);
    expect(privBytes.length % 8).toBe(0);
    const p = reader(privBytes);
    expect(p.uint32()).toBe(0x01020304);
    expect(p.uint32()).toBe(0x01020304);
    expect(text(p.string())).toBe('ssh-ed25519');
    expect([...p.string()]).toEqual([...PUB]);
    expect([...p.string()]).toEqual([...SEED, ...PUB]);
    expect(text(p.string())).toBe('me@host');
    const pad = p.raw(p.rest);
    expect(pad.length).toBeLessThan(8);
    expect([...pad]).toEqual(Array.from({ length: pad.length }, (_, i) => i + 1));
  });

  it('generates a pair with WebCrypto whose halves belong together', async () => {
    const k = await generateEd25519('novadesk');
    expect(k.publicKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]+=* novadesk$/);
    expect(k.privateKey).toContain('BEGIN OPENSSH PRIVATE KEY');
    // the public key inside the private file is the one in the public line
    const blob = k.publicKey.split(' ')[1]!;
    const file = unbase64(k.privateKey.split('\n').slice(1, -2).join(''));
    expect(contains(file, unbase64(blob))).toBe(true);
  });
});
