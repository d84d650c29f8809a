// Node module hooks for import-graph.mjs: `electron` becomes a stub (no binary can run here,
// and the real package would try to download one); every other import resolves as Node
// resolves it, and must stay inside the unpacked app.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const STUB_URL = 'novadesk-stub:electron';
let root = '';
let exportNames = [];
let port;

export function initialize(data) {
  root = data.root;
  exportNames = data.exportNames;
  port = data.port;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: STUB_URL, shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.startsWith('file:')) {
    const file = fileURLToPath(resolved.url);
    // a file of the developer's checkout would hide a file the package lacks
    if (!file.startsWith(root + sep)) throw new Error(`'${specifier}' from ${context.parentURL} resolves outside the package: ${file}`);
  }
  port.postMessage(resolved.url);
  return resolved;
}

// Each export throws when touched: the first use of electron, at the top of main.js, ends the
// run after every import has been linked and evaluated.
function stubSource(names) {
  const lines = [
    "const reached = (name) => new Proxy(function () {}, {",
    "  get(_t, key) { if (key === 'then') return undefined; throw new Error(`novadesk-electron-stub reached: ${name}.${String(key)}`); },",
    "  apply() { throw new Error(`novadesk-electron-stub reached: ${name}()`); },",
    "  construct() { throw new Error(`novadesk-electron-stub reached: new ${name}()`); },",
    "});",
    ...names.map((n) => `export const ${n} = reached(${JSON.stringify(n)});`),
    `export default { ${names.join(', ')} };`,
  ];
  return lines.join('\n');
}

export async function load(url, context, nextLoad) {
  if (url === STUB_URL) return { format: 'module', source: stubSource(exportNames), shortCircuit: true };
  return nextLoad(url, context);
}
