// Imports an unpacked app's entry module the way Electron would, with `electron` stubbed,
// and prints one JSON line: { linked, stoppedAt?, error?, modules }.
//   node import-graph.mjs <unpacked app root> <entry, relative to it> <electron export names, comma-separated>
// Linking covers the whole static graph before any code runs, so an import the package lacks
// (ERR_MODULE_NOT_FOUND) or a missing named export fails here. A run that ends at the stub's
// first use is a success: everything main.js imports was found and evaluated.
import { MessageChannel } from 'node:worker_threads';
import { register } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootArg, entry, names] = process.argv.slice(2);
const root = resolve(rootArg);
const { port1, port2 } = new MessageChannel();
const modules = [];
port1.on('message', (url) => modules.push(url));
port1.unref();
register('./electron-stub-hooks.mjs', import.meta.url, {
  data: { root, exportNames: names.split(','), port: port2 },
  transferList: [port2],
});

let result;
try {
  await import(pathToFileURL(join(root, entry)).href);
  result = { linked: true };
} catch (e) {
  const message = String(e?.message ?? e);
  const stop = /^novadesk-electron-stub reached: (.*)$/.exec(message);
  result = stop ? { linked: true, stoppedAt: stop[1] } : { linked: false, error: `${e?.code ?? e?.name ?? 'Error'}: ${message}` };
}
// the hooks thread posts each resolution; let the last messages arrive
await new Promise((r) => setTimeout(r, 100));
console.log(JSON.stringify({ ...result, modules: [...new Set(modules)] }));
process.exit(0);
