/**
 * The app's main side (no window) in a fresh data folder with the local cloud's clouds.yaml
 * imported, as integration tests drive it through its router.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type NovadeskApp } from '../../main/app.js';
import { CLOUDS_YAML } from './local-cloud.js';

export interface LocalApp {
  app: NovadeskApp;
  dir: string;
  /** profile name → id */
  ids: Record<string, string>;
  /** a router call that throws the serialized error's kind and message */
  call<T>(channel: string, input: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function openLocalApp(tag: string): Promise<LocalApp> {
  const dir = mkdtempSync(join(tmpdir(), `nd-${tag}-`));
  const app = await createApp({ dataDir: dir });
  const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
  await app.profiles.applyImport({ scanId: scan.scanId });
  const ids = Object.fromEntries((await app.profiles.list()).map((p) => [p.name, p.id]));
  return {
    app,
    dir,
    ids,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const r = await app.router.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
      return r.value as T;
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
