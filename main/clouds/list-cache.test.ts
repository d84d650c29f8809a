import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Flavor } from '../../shared/domain/flavor.js';
import type { GeneratedKeypair } from '../../shared/domain/keypair.js';
import { ListCache } from './list-cache.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const flavor = (id: string) => ({ id, name: `m1.${id}` }) as unknown as Flavor;

describe('ListCache', () => {
  it('serves a stored list at once, and from a new instance after a restart', async () => {
    const dir = tempDir();
    const a = new ListCache(dir);
    expect(a.get('demo-1', 'flavors')).toBeUndefined();
    const at = new Date('2025-03-04T05:06:07.000Z');
    await a.put('demo-1', 'flavors', [flavor('1'), flavor('2')], at);
    expect(a.get('demo-1', 'flavors')?.items).toHaveLength(2);
    const b = new ListCache(dir);
    expect(b.get('demo-1', 'flavors')).toEqual({ fetchedAt: at.toISOString(), items: [flavor('1'), flavor('2')] });
    expect(b.get('alt-2', 'flavors')).toBeUndefined();
  });

  it('writes one 0600 file per profile, atomically (no temp file left)', async () => {
    const dir = tempDir();
    const c = new ListCache(dir);
    await c.put('demo-1', 'flavors', [flavor('1')]);
    await c.put('alt-2', 'flavors', [flavor('9')]);
    expect(readdirSync(dir).sort()).toEqual(['alt-2.json', 'demo-1.json']);
    expect(statSync(join(dir, 'demo-1.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps every kind when several are stored at once', async () => {
    const dir = tempDir();
    const c = new ListCache(dir);
    await Promise.all([
      c.put('demo-1', 'flavors', [flavor('1')]),
      c.put('demo-1', 'servers', []),
      c.put('demo-1', 'networks', []),
      c.put('demo-1', 'flavors', [flavor('1'), flavor('2')]),
    ]);
    const again = new ListCache(dir);
    expect(Object.keys(again.all('demo-1')).sort()).toEqual(['flavors', 'networks', 'servers']);
    expect(again.get('demo-1', 'flavors')?.items).toHaveLength(2);
  });

  it('never writes a private key', async () => {
    const dir = tempDir();
    const c = new ListCache(dir);
    const kp: GeneratedKeypair = {
      name: 'k',
      type: 'ssh',
      fingerprint: 'f',
      publicKey: 'ssh-ed25519 AAAA',
      userId: undefined,
      createdAt: undefined,
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY----- canary',
    };
    await c.put('demo-1', 'keypairs', [kp]);
    expect(readFileSync(join(dir, 'demo-1.json'), 'utf8')).not.toContain('canary');
    expect(c.get('demo-1', 'keypairs')?.items[0]).not.toHaveProperty('privateKey');
  });

  it('ignores a damaged or foreign file, and refuses ids that are not plain names', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'demo-1.json'), '{"version":1,"profileId":"demo-1","lists":');
    writeFileSync(join(dir, 'alt-2.json'), JSON.stringify({ version: 1, profileId: 'other', lists: { flavors: { fetchedAt: 'x', items: [] } } }));
    const c = new ListCache(dir);
    expect(c.get('demo-1', 'flavors')).toBeUndefined();
    expect(c.get('alt-2', 'flavors')).toBeUndefined();
    expect(() => c.get('../etc/passwd', 'flavors')).toThrow(/not a cloud id/);
    await c.put('demo-1', 'flavors', [flavor('1')]);
    expect(new ListCache(dir).get('demo-1', 'flavors')?.items).toHaveLength(1);
    await c.drop('demo-1');
    expect(new ListCache(dir).get('demo-1', 'flavors')).toBeUndefined();
  });

  it('keeps each project/region scope’s lists apart, and drops them with their profile', async () => {
    const dir = tempDir();
    const c = new ListCache(dir);
    await c.put('demo-1', 'flavors', [flavor('1')]);
    await c.put('demo-1~p2~RegionTwo', 'flavors', [flavor('2'), flavor('3')]);
    await c.put('demo-10~p2~', 'flavors', [flavor('4')]);
    expect(new ListCache(dir).get('demo-1~p2~RegionTwo', 'flavors')?.items).toHaveLength(2);
    await c.drop('demo-1');
    const fresh = new ListCache(dir);
    expect(fresh.get('demo-1', 'flavors')).toBeUndefined();
    expect(fresh.get('demo-1~p2~RegionTwo', 'flavors')).toBeUndefined();
    // another profile whose id merely starts the same stays
    expect(fresh.get('demo-10~p2~', 'flavors')?.items).toHaveLength(1);
  });

  it('serves a list it cannot write, and reports that once until a write works again', async () => {
    // a file where the cache folder should be: every write fails, as on a read-only disk
    const dir = join(tempDir(), 'cache');
    writeFileSync(dir, '');
    const reports: string[] = [];
    const c = new ListCache(dir, (e) => reports.push(e.message));
    expect(await c.put('demo-1', 'flavors', [flavor('1')])).toMatchObject({ items: [flavor('1')] });
    await c.put('demo-1', 'flavors', [flavor('1'), flavor('2')]);
    expect(c.get('demo-1', 'flavors')?.items).toHaveLength(2);
    expect(reports).toEqual([expect.stringMatching(/demo-1\.json.*kept in memory/)]);
    rmSync(dir);
    await c.put('demo-1', 'flavors', [flavor('3')]);
    expect(new ListCache(dir).get('demo-1', 'flavors')?.items).toEqual([flavor('3')]);
    rmSync(dir, { recursive: true });
    writeFileSync(dir, '');
    await c.put('demo-1', 'flavors', []);
    expect(reports).toHaveLength(2);
  });
});
