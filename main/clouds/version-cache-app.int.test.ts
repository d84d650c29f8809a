import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../../e2e/support/local-cloud.js';
import { createApp, type NovadeskApp } from '../app.js';

// The app remembers Nova's version range in its data folder, so a restart's first call to a
// cloud is the call itself, not `GET /v2.1` first.
const dir = mkdtempSync(join(tmpdir(), 'nd-vcache-app-'));
const apps: NovadeskApp[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function startAndList(): Promise<{ versionGets: number; lists: number }> {
  const app = await createApp({ dataDir: dir });
  apps.push(app);
  // every start: without Electron's safeStorage the passwords live only as long as the process
  const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
  const again = (await app.profiles.list()).length > 0;
  await app.profiles.applyImport({
    scanId: scan.scanId,
    resolutions: again ? Object.fromEntries(scan.candidates.map((c) => [c.name, { action: 'replace' as const }])) : {},
  });
  const demo = (await app.profiles.list()).find((p) => p.name === 'local-demo')!;
  const r = await app.router.dispatch('flavors.list', { cloud: demo.id });
  if (!r.ok) throw new Error(`flavors.list: ${r.error.message}`);
  const compute = app.log.list().filter((e) => e.service === 'compute');
  return {
    versionGets: compute.filter((e) => e.method === 'GET' && /\/v2\.1\/?$/.test(new URL(e.url).pathname)).length,
    lists: compute.filter((e) => new URL(e.url).pathname.includes('/flavors')).length,
  };
}

describe('compute version range across app starts', () => {
  it('the first start asks Nova and writes a private file; the next start does not ask', async () => {
    const first = await startAndList();
    expect(first).toEqual({ versionGets: 1, lists: 1 });
    const file = join(dir, 'compute-versions.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { max: string }>;
    expect(Object.values(saved)[0]?.max).toMatch(/^2\.\d+$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await apps.pop()!.close();

    const second = await startAndList();
    expect(second).toEqual({ versionGets: 0, lists: 1 });
  });
});
