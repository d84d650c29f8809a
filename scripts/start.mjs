#!/usr/bin/env node
// `npm start`: Electron where it can start, otherwise the browser host. One line says which and why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (!existsSync('dist/main/app.js') || args.includes('--build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

let electronPath;
let why;
try {
  // electron's index.js returns the binary path, or throws when the binary cannot be had
  electronPath = require('electron');
  if (typeof electronPath !== 'string' || !existsSync(electronPath)) why = `no Electron binary at ${electronPath}`;
} catch (e) {
  why = String(e?.message ?? e).split('\n')[0];
}
if (process.env.NOVADESK_HOST === 'browser') why = 'NOVADESK_HOST=browser';

const rest = args.filter((a) => a !== '--build');
const child = why
  ? (console.log(`novadesk: starting the browser host, because Electron cannot start here (${why})`),
    spawn(process.execPath, ['dist/main/shell/browser/cli.js', ...rest], { stdio: 'inherit' }))
  : (console.log('novadesk: starting in Electron'), spawn(electronPath, ['.', ...rest], { stdio: 'inherit' }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
