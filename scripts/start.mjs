#!/usr/bin/env node
// `npm start`: Electron where it can start, otherwise the browser host. One line says which and why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);

if (!existsSync('dist/main/app.js') || args.includes('--build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// never require('electron'): with the binary missing, that starts a download
const electron = process.env.NOVADESK_HOST === 'browser' ? { why: 'NOVADESK_HOST=browser' } : findElectronBinary();

const rest = args.filter((a) => a !== '--build');
const child = electron.path
  ? (console.log(`novadesk: starting in Electron (${electron.path})`), spawn(electron.path, ['.', ...rest], { stdio: 'inherit' }))
  : (console.log(`novadesk: starting the browser host: ${electron.why}`),
    spawn(process.execPath, ['dist/main/shell/browser/cli.js', ...rest], { stdio: 'inherit' }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
