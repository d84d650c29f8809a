/**
 * Canary secrets and the search for them (plan cases 15, 16, 46, 47): unique strings per
 * run, looked for as they are and in the encodings a leak would most likely take: base64
 * (standard and URL alphabets, at every byte alignment, since a canary may sit anywhere in
 * an encoded blob), URL encoding (percent and form style) and JSON string escaping.
 * Each canary holds characters that those encodings change.
 */
import { randomBytes } from 'node:crypto';

export interface Canaries {
  password: string;
  appCredentialSecret: string;
  /** a token that is no token: a token profile must fail with it and never show it */
  token: string;
  adminPass: string;
  userData: string;
}

const make = (kind: string) => `Canary-${kind}-${randomBytes(6).toString('hex')} +/&=?:`;

export function makeCanaries(): Canaries {
  return {
    password: make('PW'),
    appCredentialSecret: make('ACS'),
    // a token travels in a header when used: header-safe characters only
    token: `gAAAAACanaryTOK${randomBytes(12).toString('hex')}`,
    adminPass: make('ADMINPASS'),
    userData: make('UD'),
  };
}

/** Base64 of `s` wherever it starts in a larger blob: the stable middle part for each of the 3 alignments. */
function base64Forms(s: string): string[] {
  const out: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const enc = Buffer.concat([Buffer.alloc(pad, 0x41), Buffer.from(s)]).toString('base64');
    // drop the characters the padding bytes influence, and the last (partial) group
    const start = Math.ceil((pad * 4) / 3);
    const end = Math.floor(((pad + Buffer.byteLength(s)) * 4) / 3);
    const stable = enc.slice(start, end);
    out.push(stable, stable.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return out;
}

/** Every form of `secret` a leak could take. */
export function formsOf(secret: string): string[] {
  const forms = new Set([
    secret,
    ...base64Forms(secret),
    encodeURIComponent(secret),
    new URLSearchParams({ x: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...forms].filter((f) => f.length >= 12);
}

export interface Finding {
  secret: string;
  form: string;
  where: string;
}

/** Where any form of any secret appears in the given texts (keyed by where they came from). */
export function findSecrets(secrets: Record<string, string>, texts: Record<string, string>): Finding[] {
  const found: Finding[] = [];
  for (const [secret, value] of Object.entries(secrets)) {
    for (const form of formsOf(value)) {
      for (const [where, text] of Object.entries(texts)) {
        if (text.includes(form)) found.push({ secret, form, where });
      }
    }
  }
  return found;
}

/** A PEM private key's body lines: any one of them found means the key leaked. */
export function pemLines(pem: string): string[] {
  return pem
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 40 && !l.startsWith('-----'));
}
