/**
 * An ed25519 key pair made in the renderer with WebCrypto, encoded as OpenSSH writes it:
 * the public key as an `ssh-ed25519 AAAA… comment` line (what Nova imports), the private key
 * as an unencrypted `openssh-key-v1` file (what `ssh -i` reads). Nova stopped generating keys
 * in 2.92; doing it here also means the private key never leaves this machine.
 */

const KEY_TYPE = 'ssh-ed25519';

/** SSH wire format (RFC 4251): uint32 big-endian, and strings prefixed with their length. */
class Wire {
  private chunks: Uint8Array[] = [];
  uint32(n: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n >>> 0);
    this.chunks.push(b);
    return this;
  }
  bytes(b: Uint8Array): this {
    this.chunks.push(b);
    return this;
  }
  string(s: Uint8Array | string): this {
    const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
    return this.uint32(b.length).bytes(b);
  }
  get length(): number {
    return this.chunks.reduce((n, c) => n + c.length, 0);
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64Url(s: string): Uint8Array {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

/** The public key blob: string "ssh-ed25519", string key(32). */
export function publicBlob(publicKey: Uint8Array): Uint8Array {
  return new Wire().string(KEY_TYPE).string(publicKey).done();
}

export function openSshPublicKey(publicKey: Uint8Array, comment: string): string {
  return `${KEY_TYPE} ${base64(publicBlob(publicKey))}${comment ? ` ${comment}` : ''}`;
}

/**
 * The `openssh-key-v1` private key file (OpenSSH's PROTOCOL.key), without a passphrase: the
 * user chose where it goes, as `ssh-keygen -N ''` would. `check` is the random check word
 * written twice; it is a parameter so tests are reproducible.
 */
export function openSshPrivateKey(seed: Uint8Array, publicKey: Uint8Array, comment: string, check: number): string {
  const priv = new Wire()
    .uint32(check)
    .uint32(check)
    .string(KEY_TYPE)
    .string(publicKey)
    // OpenSSH stores the 64-byte secret: seed then public key
    .string(new Uint8Array([...seed, ...publicKey]))
    .string(comment);
  // padded with 1, 2, 3… to the cipher block size (8 for "none")
  const pad = (8 - (priv.length % 8)) % 8;
  priv.bytes(Uint8Array.from({ length: pad }, (_, i) => i + 1));
  const file = new Wire()
    .bytes(new TextEncoder().encode('openssh-key-v1\0'))
    .string('none')
    .string('none')
    .string('')
    .uint32(1)
    .string(publicBlob(publicKey))
    .string(priv.done())
    .done();
  const lines = base64(file).match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** OpenSSH's SHA256 fingerprint of a public key, as `ssh-keygen -l` prints it. */
export async function fingerprint(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicBlob(publicKey) as BufferSource));
  return `SHA256:${base64(digest).replace(/=+$/, '')}`;
}

export interface GeneratedSshKey {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

export async function generateEd25519(comment: string): Promise<GeneratedSshKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d || !jwk.x) throw new Error('WebCrypto returned an ed25519 key without its parts');
  const seed = fromBase64Url(jwk.d);
  const pub = fromBase64Url(jwk.x);
  const check = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return {
    publicKey: openSshPublicKey(pub, comment),
    privateKey: openSshPrivateKey(seed, pub, comment, check),
    fingerprint: await fingerprint(pub),
  };
}
