import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

// Runs the real Electron shell where an Electron binary exists. On machines without one it
// skips and says why. It never loads the electron package: its index.js downloads a missing
// binary, and no download may happen here.
const bin = findElectronBinary();

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
