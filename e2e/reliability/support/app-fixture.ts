/**
 * The app as both hosts build it (createApp), with the local cloud's clouds.yaml imported as
 * profiles, driven through its router exactly as the renderer drives it. Every IPC answer and
 * every event is kept, so secrets tests can search all of them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type NovadeskApp } from '../../../main/app.js';
import type { FilePicker } from '../../../main/files/file-picker.js';
import type { SafeStorageLike } from '../../../main/profiles/encrypted-secret-store.js';
import type { Result } from '../../../shared/errors.js';
import type { Channel } from '../../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../../shared/ipc/types.js';
import { CLOUDS_YAML, type LocalCloudName } from '../../support/local-cloud.js';

export interface AppFixture {
  app: NovadeskApp;
  dataDir: string;
  /** profile id by clouds.yaml name */
  ids: Record<LocalCloudName, string>;
  /** every IPC answer and event payload so far, as the renderer would receive it (JSON) */
  seen: string[];
  internalErrors: unknown[];
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  ok<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** an existing data dir (a second app on the same files); default a fresh temp dir */
  dataDir?: string;
  /** send every profile's Keystone traffic here instead (a FaultProxy's authUrl) */
  authUrl?: string;
  /** skip the import (the data dir already has the profiles, or the test makes its own) */
  noImport?: boolean;
  safeStorage?: SafeStorageLike;
  /** what the system's file dialog answers (default: the browser host's picker program) */
  filePicker?: FilePicker;
}

export async function startApp(o: FixtureOptions = {}): Promise<AppFixture> {
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'nd-rel-'));
  const internalErrors: unknown[] = [];
  const seen: string[] = [];
  const app = await createApp({
    dataDir,
    onInternalError: (_c, e) => internalErrors.push(e),
    ...(o.safeStorage ? { safeStorage: o.safeStorage } : {}),
    ...(o.filePicker ? { filePicker: o.filePicker } : {}),
  });
  app.events.subscribe((event, payload) => seen.push(JSON.stringify({ event, payload })));
  if (!o.noImport) {
    let text = readFileSync(CLOUDS_YAML, 'utf8');
    if (o.authUrl) text = text.replaceAll(/auth_url:\s*\S+/g, `auth_url: ${o.authUrl}`);
    const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text });
    if (scan.problems.length) throw new Error(`import problems: ${JSON.stringify(scan.problems)}`);
    await app.profiles.applyImport({ scanId: scan.scanId });
  }
  const ids = Object.fromEntries((await app.profiles.list()).map((p) => [p.name, p.id])) as Record<LocalCloudName, string>;

  const call = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> => {
    const r = (await app.router.dispatch(channel, input)) as Result<OutputOf<C>>;
    seen.push(JSON.stringify(r));
    return r;
  };
  return {
    app,
    dataDir,
    ids,
    seen,
    internalErrors,
    call,
    async ok(channel, input) {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
      return r.value;
    },
    async close() {
      await app.close();
      if (!o.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
