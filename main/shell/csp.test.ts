import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.js';

// directives a <meta> CSP cannot deliver (CSP3 §3.3): the browser ignores them there
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

const html = readFileSync('renderer/index.html', 'utf8');
const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];

describe('the renderer page carries the shells’ CSP', () => {
  it('as one <meta>, equal to CONTENT_SECURITY_POLICY minus what only a header can carry', () => {
    expect(metas).toHaveLength(1);
    const expected = CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim())
      .filter((d) => !HEADER_ONLY.includes(d.split(/\s+/)[0] ?? ''))
      .join('; ');
    expect(metas[0]?.[1]).toBe(expected);
  });

  it('before any script of the page, so that it governs them', () => {
    const meta = metas[0]?.index ?? Infinity;
    const firstScript = html.search(/<script\b/i);
    expect(firstScript).toBeGreaterThan(meta);
  });
});
