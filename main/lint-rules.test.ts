import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules of DESIGN.md are enforced by ESLint; a wrong import must fail the lint.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import rules (DESIGN.md)', () => {
  it('shared/** imports nothing outside shared/ but zod', async () => {
    expect(await problems('shared/x.ts', "import { a } from '../main/openstack/errors.js'; export const b = a;")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { readFileSync } from 'node:fs'; export const b = readFileSync;")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { z } from 'zod'; import { op } from './ipc/op.js'; export const b = [z, op];")).toEqual([]);
  });

  it('renderer/** never imports main/** or Node modules', async () => {
    expect(await problems('renderer/src/x.ts', "import { Session } from '../../main/openstack/session.js'; export const b = Session;")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { request } from 'undici'; export const b = request;")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract.js'; export const b = contract;")).toEqual([]);
  });

  it('main/openstack/** imports neither electron nor main/shell/**', async () => {
    expect(await problems('main/openstack/x.ts', "import { app } from 'electron'; export const b = app;")).toHaveLength(1);
    expect(await problems('main/openstack/x.ts', "import { h } from '../shell/browser/host.js'; export const b = h;")).toHaveLength(1);
  });

  it('main/clouds, main/profiles and main/openstack import neither main/ipc nor main/shell', async () => {
    expect(await problems('main/clouds/x.ts', "import { r } from '../ipc/router.js'; export const b = r;")).toHaveLength(1);
    expect(await problems('main/openstack/compute/x.ts', "import { r } from '../../ipc/router.js'; export const b = r;")).toHaveLength(1);
    expect(await problems('main/profiles/x.ts', "import { c } from '../shell/csp.js'; export const b = c;")).toHaveLength(1);
    // shared/ipc (contract, ids) is below every layer
    expect(await problems('main/clouds/x.ts', "import { ProfileId } from '../../shared/ipc/ids.js'; export const b = ProfileId;")).toEqual([]);
    expect(await problems('main/clouds/x.ts', "import { e } from '../openstack/serialize-error.js'; export const b = e;")).toEqual([]);
  });

  it('renderer kit and stores never import a screen', async () => {
    expect(await problems('renderer/src/kit/x.ts', "import { s } from '../screens/servers/server-state.js'; export const b = s;")).toHaveLength(1);
    expect(await problems('renderer/src/stores/x.ts', "import { s } from '../screens/servers/server-state.js'; export const b = s;")).toHaveLength(1);
    expect(await problems('renderer/src/stores/x.ts', "import { k } from '../kit/list-store.js'; export const b = k;")).toEqual([]);
  });

  it('only main/shell/electron/** imports electron', async () => {
    expect(await problems('main/ipc/x.ts', "import { ipcMain } from 'electron'; export const b = ipcMain;")).toHaveLength(1);
    expect(await problems('main/shell/electron/x.ts', "import { ipcMain } from 'electron'; export const b = ipcMain;")).toEqual([]);
  });
});
