import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../../e2e/support/local-cloud.js';
import { createApp, type NovadeskApp } from '../app.js';
import { REDACTED } from '../openstack/redact.js';

/**
 * The known-secrets net against the real local cloud: the live Keystone token, sent as a server
 * id, comes back from the real Nova inside its "could not be found" message. Nothing that
 * leaves main — the IPC error, the request log through IPC, the log events — may hold it.
 */
describe('known secrets never leave main (issue 12 item 7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-secrets-int-'));
  let app: NovadeskApp;
  let cloud: string;
  const events: unknown[] = [];

  beforeAll(async () => {
    app = await createApp({ dataDir: dir });
    const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
    await app.profiles.applyImport({ scanId: scan.scanId });
    const demo = (await app.profiles.list()).find((p) => p.name === 'local-demo');
    if (!demo) throw new Error(`${CLOUDS_YAML} gave no local-demo profile`);
    cloud = demo.id;
    app.events.subscribe((event, payload) => events.push({ event, payload }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Nova echoes the live token in its error; the router, the log and the events carry *** instead', async () => {
    const token = (await (await app.registry.client(cloud)).session.token()).value;
    const r = await app.router.dispatch('servers.get', { cloud, id: token });
    expect(r).toMatchObject({ ok: false, error: { kind: 'not_found', status: 404 } });
    if (r.ok) return;
    // the real Nova did echo it: the message names the instance it could not find
    expect(r.error.message).toMatch(new RegExp(`^Instance ${REDACTED.replace(/\*/g, '\\*')} could not be found`));

    const log = await app.router.dispatch('log.list', { cloud });
    expect(log.ok).toBe(true);
    expect(JSON.stringify(log)).toContain('/servers/***');
    for (const leaving of [r, log, events]) expect(JSON.stringify(leaving)).not.toContain(token);
  });
});
