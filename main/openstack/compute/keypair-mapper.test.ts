import { describe, expect, it } from 'vitest';
import { OpenStackError } from '../errors.js';
import {
  buildKeypairCreateBody,
  keypairListQuery,
  keypairUserQuery,
  novaTimestamp,
  toGeneratedKeypair,
  toKeypair,
  type NovaKeypair,
} from './keypair-mapper.js';

const PUB = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINDnwBR2oH3rTIOAcUyGykJIgEXoxZEp3zS6zuxpN1xH probe';

// Shaped like the api-ref samples: list items (2.35), show (2.10+), create with generation (2.10).
const LIST_ITEM_235: NovaKeypair = {
  fingerprint: '7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd',
  name: 'keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3',
  type: 'ssh',
  public_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCkF3MX59OrlBs3dH5CU7lNmvpbrgZxSpyGjlnE8Flkirnc/Up22lpjznoxqeoTAwTW034k7Dz6aYIrZGmQwe2TkE084yqvlj45Dkyoj95fW/sZacm0cZNuL69EObEGHdprfGJQajrpz22NQoCD8TFB8Wv+8om9NH9Le6s+WPe98WC77KLw8qgfQsbIey+JawPWl4O67ZdL5xrypuRjfIPWjgy/VH85IXg/Z/GONZ2nxHgSShMkwqSFECAC5L3PHB+0+/12M/iikdatFSVGjpuHvkLOs3oe7m6HlOfluSJ85BzLWBbvva93qkGmLg4ZAc8rPh2O+YIsBUHNLLMM/oQp Generated-by-Nova\n',
};
const SHOW_210: NovaKeypair = {
  ...LIST_ITEM_235,
  user_id: 'fake',
  created_at: '2014-05-07T12:06:13.681238',
};

describe('toKeypair', () => {
  it('maps a list item: name, type, fingerprint, public key; no owner or time in lists', () => {
    expect(toKeypair(LIST_ITEM_235)).toEqual({
      name: LIST_ITEM_235.name,
      type: 'ssh',
      fingerprint: LIST_ITEM_235.fingerprint,
      publicKey: LIST_ITEM_235.public_key,
      userId: undefined,
      createdAt: undefined,
    });
  });

  it('maps a show answer with owner and a zone-less creation time read as UTC', () => {
    const k = toKeypair(SHOW_210);
    expect(k.userId).toBe('fake');
    expect(k.createdAt).toBe('2014-05-07T12:06:13.681238Z');
    expect(new Date(k.createdAt ?? '').toISOString()).toBe('2014-05-07T12:06:13.681Z');
  });

  it('reads a pre-2.2 keypair (no type field) as ssh and keeps x509 as x509', () => {
    const { type: _t, ...noType } = LIST_ITEM_235;
    expect(toKeypair(noType).type).toBe('ssh');
    expect(toKeypair({ ...LIST_ITEM_235, type: 'x509' }).type).toBe('x509');
  });

  it('keeps the private key of a generated keypair and refuses an answer without one', () => {
    const generated = toGeneratedKeypair({ ...SHOW_210, private_key: '-----BEGIN RSA PRIVATE KEY-----\nMIIE...' });
    expect(generated.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(generated.name).toBe(SHOW_210.name);
    expect(() => toGeneratedKeypair(SHOW_210)).toThrow(/no private key/);
  });

  it('novaTimestamp leaves a zoned time alone and passes absence through', () => {
    expect(novaTimestamp('2024-01-02T03:04:05+00:00')).toBe('2024-01-02T03:04:05+00:00');
    expect(novaTimestamp('2024-01-02T03:04:05Z')).toBe('2024-01-02T03:04:05Z');
    expect(novaTimestamp(null)).toBeUndefined();
  });
});

function kindOf(fn: () => unknown): { kind: string; field: string | undefined } {
  try {
    fn();
  } catch (e) {
    if (e instanceof OpenStackError) return { kind: e.kind, field: e.field };
    throw e;
  }
  throw new Error('did not throw');
}

describe('buildKeypairCreateBody', () => {
  it('imports a public key at the newest version, trimmed', () => {
    expect(buildKeypairCreateBody({ name: ' k1 ', publicKey: `${PUB}\n` }, '2.93')).toEqual({
      keypair: { name: 'k1', public_key: PUB },
    });
  });

  it('asks Nova to generate (no public_key) up to 2.91', () => {
    expect(buildKeypairCreateBody({ name: 'k1' }, '2.91')).toEqual({ keypair: { name: 'k1' } });
    expect(buildKeypairCreateBody({ name: 'k1' }, '2.1')).toEqual({ keypair: { name: 'k1' } });
  });

  it('refuses generation from 2.92, where Nova requires public_key, naming the field', () => {
    expect(kindOf(() => buildKeypairCreateBody({ name: 'k1' }, '2.92'))).toEqual({
      kind: 'unsupported_microversion',
      field: 'publicKey',
    });
    expect(() => buildKeypairCreateBody({ name: 'k1' }, '2.93')).toThrow(/2\.91.*negotiated 2\.93/);
  });

  it('sends type from 2.2; below, x509 is refused and ssh (the only kind there) is left out', () => {
    expect(buildKeypairCreateBody({ name: 'c', publicKey: 'CERT', type: 'x509' }, '2.2').keypair.type).toBe('x509');
    expect(kindOf(() => buildKeypairCreateBody({ name: 'c', publicKey: 'CERT', type: 'x509' }, '2.1'))).toEqual({
      kind: 'unsupported_microversion',
      field: 'type',
    });
    expect(buildKeypairCreateBody({ name: 'k', publicKey: PUB, type: 'ssh' }, '2.1')).toEqual({
      keypair: { name: 'k', public_key: PUB },
    });
  });

  it('sends user_id from 2.10 only', () => {
    expect(buildKeypairCreateBody({ name: 'k', publicKey: PUB, userId: 'u1' }, '2.10').keypair.user_id).toBe('u1');
    expect(kindOf(() => buildKeypairCreateBody({ name: 'k', publicKey: PUB, userId: 'u1' }, '2.9')).field).toBe('userId');
  });

  it('rejects an empty name, an over-long name and an empty key as validation errors', () => {
    expect(kindOf(() => buildKeypairCreateBody({ name: '  ', publicKey: PUB }, '2.93'))).toEqual({ kind: 'validation', field: 'name' });
    expect(kindOf(() => buildKeypairCreateBody({ name: 'x'.repeat(256), publicKey: PUB }, '2.93')).field).toBe('name');
    expect(kindOf(() => buildKeypairCreateBody({ name: 'k', publicKey: ' \n' }, '2.93'))).toEqual({
      kind: 'validation',
      field: 'publicKey',
    });
  });
});

describe('keypair list and user queries', () => {
  it('pages with limit and marker from 2.35', () => {
    expect(keypairListQuery({ pageSize: 2, marker: 'k2' }, '2.35')).toEqual({ limit: 2, marker: 'k2', user_id: undefined });
  });

  it('drops the page size before 2.35 (Nova returns everything) but refuses a marker', () => {
    expect(keypairListQuery({ pageSize: 2 }, '2.34').limit).toBeUndefined();
    expect(kindOf(() => keypairListQuery({ marker: 'k2' }, '2.34'))).toEqual({ kind: 'unsupported_microversion', field: 'marker' });
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(kindOf(() => keypairListQuery({ pageSize: 0 }, '2.93')).kind).toBe('validation');
    expect(kindOf(() => keypairListQuery({ pageSize: 1.5 }, '2.93')).kind).toBe('validation');
  });

  it('filters by user from 2.10', () => {
    expect(keypairListQuery({ userId: 'u1' }, '2.10').user_id).toBe('u1');
    expect(keypairUserQuery('u1', '2.10')).toEqual({ user_id: 'u1' });
    expect(keypairUserQuery(undefined, '2.1')).toEqual({});
    expect(kindOf(() => keypairUserQuery('u1', '2.9')).kind).toBe('unsupported_microversion');
  });
});
