import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../content-types.js';

/** A file under `root` for a URL path, never outside it. */
export async function staticFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const full = normalize(join(root, rel));
  if (!full.startsWith(normalize(root) + sep)) return undefined;
  try {
    return { body: await readFile(full), type: contentTypeOf(full) ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** The bridge script must run before the app's module script. */
export function injectBridge(indexHtml: string, bridgePath: string): string {
  return indexHtml.replace('<head>', `<head>\n    <script src="${bridgePath}"></script>`);
}
