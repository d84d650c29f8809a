import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';

// Runs the real Electron shell where an Electron binary exists. On machines without one (no
// download is possible here), it skips and says why.
function electronBinary(): { path?: string; why?: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { why: `no Electron binary at ${String(path)}` };
  } catch (e) {
    return { why: String((e as Error).message).split('\n')[0] };
  }
}

const bin = electronBinary();

test('the Electron shell opens one locked-down window on app://novadesk', async () => {
  test.skip(!bin.path, `Electron cannot start on this machine: ${bin.why}`);
  const app = await electron.launch({ executablePath: bin.path!, args: ['.'] });
  const win = await app.firstWindow();
  expect(win.url()).toMatch(/^app:\/\/novadesk\//);
  const exposed = await win.evaluate(() => Object.keys((window as unknown as { novadesk: object }).novadesk).sort());
  expect(exposed).toEqual(['invoke', 'on', 'version']);
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
