import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LaunchPage {
  /** file:// URL of the page: safe to put on a command line, it holds no secret */
  fileUrl: string;
  dir: string;
  remove(): void;
}

/**
 * The launch link must not be on Chromium's command line: /proc/<pid>/cmdline is readable by
 * every local user. So the link goes into a page only we can read (0600 in a fresh 0700
 * folder) that sends the browser on to it, and Chromium is given the page's file:// URL.
 */
export function writeLaunchPage(launchUrl: string): LaunchPage {
  const dir = mkdtempSync(join(tmpdir(), 'novadesk-launch-')); // mkdtemp makes it 0700
  const file = join(dir, 'launch.html');
  const href = escapeHtml(launchUrl);
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0; url=${href}"><title>Novadesk</title></head>` +
      `<body><a href="${href}">Open Novadesk</a></body></html>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return { fileUrl: pathToFileURL(file).href, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
