import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LastCloud } from './last-cloud.js';

const fileIn = () => join(mkdtempSync(join(tmpdir(), 'nd-last-cloud-')), 'last-cloud.json');

describe('the cloud shown last', () => {
  it('is kept in a private file and read by the next start', async () => {
    const file = fileIn();
    expect(new LastCloud(file).get()).toBeUndefined();
    await new LastCloud(file).set('p1~proj~RegionOne');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new LastCloud(file).get()).toBe('p1~proj~RegionOne');
  });

  it('a damaged file or one naming no cloud id counts as none', () => {
    const file = fileIn();
    writeFileSync(file, '{"cloud":');
    expect(new LastCloud(file).get()).toBeUndefined();
    writeFileSync(file, JSON.stringify({ cloud: '../etc/passwd' }));
    expect(new LastCloud(file).get()).toBeUndefined();
  });

  it('a write that fails is ignored: the choice still holds for this run', async () => {
    const last = new LastCloud(join(fileIn(), 'no-such-dir', 'last-cloud.json'));
    await expect(last.set('p2')).resolves.toBeUndefined();
    expect(last.get()).toBe('p2');
  });

  it('the same cloud again writes nothing', async () => {
    const file = fileIn();
    const last = new LastCloud(file);
    await last.set('p1');
    writeFileSync(file, JSON.stringify({ cloud: 'p9' }));
    await last.set('p1');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ cloud: 'p9' });
  });
});
