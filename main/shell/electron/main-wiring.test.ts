import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// main.ts cannot run here (no Electron binary); the pieces it wires are tested with fakes in
// their own files. This checks that main.ts does wire them, so a refactor cannot drop one.
const main = readFileSync('main/shell/electron/main.ts', 'utf8');
const topLevel = main.slice(0, main.indexOf('async function start('));

describe('the Electron main wires the tested pieces', () => {
  it('guards every webContents, from before the first window', () => {
    expect(topLevel).toMatch(/guardAllWebContents\(app,/);
  });

  it('serves app:// through the handler that sets the CSP', () => {
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME, appProtocolHandler\(/);
  });

  it('starts through startOrFail and logs stray errors through the redacting handlers', () => {
    expect(topLevel).toMatch(/installFailureHandlers\(process,/);
    expect(topLevel).toMatch(/startOrFail\(start,/);
    expect(topLevel).not.toMatch(/void start\(\)/);
  });
});
