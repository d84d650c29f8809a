import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCloudsConfig } from './clouds-yaml-parse.js';

/**
 * Issue 12 item 8: an unquoted password that YAML reads as syntax (`*` alias, `|` and `>`
 * block scalars, `!` tag) must not reach a problem's text, stderr or the console.
 */
const BODY = 'Qz7wXk2Pv9mR';
const cloudsYaml = (password: string, secure = false) =>
  secure
    ? `clouds:\n  lab:\n    auth:\n      password: ${password}\n`
    : `clouds:\n  lab:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: demo\n      password: ${password}\n      project_id: p\n      user_domain_name: Default\n`;

/** Every 4-character run of the secret's body: not even part of it may show. */
const pieces = Array.from({ length: BODY.length - 3 }, (_, i) => BODY.slice(i, i + 4));

let captured: string[] = [];
beforeEach(() => {
  captured = [];
  const keep = (...args: unknown[]) => {
    captured.push(args.map(String).join(' '));
  };
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (keep(chunk), true));
  vi.spyOn(process, 'emitWarning').mockImplementation(keep);
  for (const m of ['log', 'warn', 'error', 'info', 'debug'] as const) vi.spyOn(console, m).mockImplementation(keep);
});
afterEach(() => vi.restoreAllMocks());

describe('clouds.yaml parse problems never quote a password', () => {
  it.each([
    ['an alias', `*${BODY}`, /^not valid YAML at line 6, column \d+ \(UNRESOLVED_ALIAS\)$/],
    ['a literal block header', `|${BODY}`, /^not valid YAML at line 6, column \d+ \(\w+\)$/],
    ['a folded block header', `>${BODY}`, /^not valid YAML at line 6, column \d+ \(\w+\)$/],
    ['a tag', `!${BODY}`, /^YAML warning at line 6, column \d+ \(TAG_RESOLVE_FAILED\)/],
  ])('a password read as %s', async (_what, password, message) => {
    const r = await parseCloudsConfig({ path: 'clouds.yaml', text: cloudsYaml(password) });
    await new Promise((resolve) => setImmediate(resolve)); // emitted warnings print on a later tick
    expect(r.problems[0]?.message).toMatch(message);
    const out = JSON.stringify(r.problems) + captured.join('\n');
    for (const piece of pieces) expect(out).not.toContain(piece);
    expect(captured).toEqual([]);
  });

  it('in secure.yaml too', async () => {
    const r = await parseCloudsConfig({ path: 'clouds.yaml', text: cloudsYaml('x') }, { path: 'secure.yaml', text: cloudsYaml(`*${BODY}`, true) });
    expect(r.problems).toEqual([{ file: 'secure.yaml', message: expect.stringMatching(/^not valid YAML at line 4, column \d+ \(UNRESOLVED_ALIAS\)$/) }]);
    expect(JSON.stringify(r.problems)).not.toContain(BODY.slice(0, 4));
    expect(captured).toEqual([]);
  });
});
