import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/contract.js';
import { OpenStackError } from '../openstack/errors.js';
import { KnownSecrets } from '../openstack/known-secrets.js';
import { REDACTED } from '../openstack/redact.js';
import { createRouter, type Handlers } from './router.js';

/** Handlers that record every call: "no request to the cloud" means none of them ran. */
function spyHandlers(result: unknown = 'ok') {
  const calls: { channel: Channel; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [c, async (input: unknown) => (calls.push({ channel: c, input }), result)]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const cloudOp = CHANNELS.find((c) => c === 'flavors.list')!;

describe('router', () => {
  it('dispatches valid input to the handler and wraps the value', async () => {
    const { handlers, calls } = spyHandlers([{ id: '1' }]);
    const r = await createRouter(handlers).dispatch(cloudOp, { cloud: 'local-demo' });
    expect(r).toEqual({ ok: true, value: [{ id: '1' }] });
    expect(calls).toEqual([{ channel: cloudOp, input: { cloud: 'local-demo' } }]);
  });

  it.each([['nope.list'], ['__proto__'], ['constructor'], ['toString'], [42], [undefined]])('refuses unknown channel %s', async (channel) => {
    const { handlers, calls } = spyHandlers();
    const r = await createRouter(handlers).dispatch(channel, { cloud: 'x' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'validation', field: 'channel' } });
    expect(calls).toHaveLength(0);
  });

  const bad: [string, unknown, string][] = [
    ['a wrong type', { cloud: 42 }, 'cloud'],
    ['a missing field', {}, 'cloud'],
    ['an extra key', { cloud: 'a', extra: 1 }, '(input)'],
    ['a __proto__ key', JSON.parse('{"cloud":"a","__proto__":{"polluted":true}}'), '__proto__'],
    ['a constructor key', { cloud: 'a', constructor: { prototype: {} } }, 'constructor'],
    ['a 10 MB string', { cloud: 'x'.repeat(10 * 1024 * 1024) }, 'cloud'],
    ['1,000-level nesting', { cloud: 'a', deep: Array.from({ length: 1000 }).reduce<unknown>((acc) => ({ a: acc }), {}) }, 'deep.a.a'],
    ['a path in an id', { cloud: '../etc' }, 'cloud'],
    ['not an object', 'cloud', '(input)'],
  ];

  it.each(bad)('%s is a validation error naming the field, and no handler runs', async (_what, input, field) => {
    const { handlers, calls } = spyHandlers();
    const r = await createRouter(handlers).dispatch(cloudOp, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('validation');
    expect(r.error.field?.startsWith(field)).toBe(true);
    expect(calls).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns OpenStackErrors into data and hides unexpected ones', async () => {
    const { handlers } = spyHandlers();
    const internal: unknown[] = [];
    const router = createRouter(
      {
        ...handlers,
        [cloudOp]: async () => {
          throw new OpenStackError('not_found', 'Flavor 7 could not be found.', { status: 404, requestId: 'req-1' });
        },
      },
      { onInternalError: (_c, e) => internal.push(e) },
    );
    expect(await router.dispatch(cloudOp, { cloud: 'a' })).toEqual({
      ok: false,
      error: { kind: 'not_found', message: 'Flavor 7 could not be found.', status: 404, requestId: 'req-1' },
    });
    const router2 = createRouter(
      { ...handlers, [cloudOp]: async () => { throw new TypeError('secret detail'); } },
      { onInternalError: (_c, e) => internal.push(e) },
    );
    const r = await router2.dispatch(cloudOp, { cloud: 'a' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('secret detail');
    expect(internal).toHaveLength(1);
  });

  it('1,000 generated payloads per channel: never throws, never calls a handler with invalid input', async () => {
    for (const channel of CHANNELS) {
      const { handlers, calls } = spyHandlers();
      const router = createRouter(handlers);
      const schema = (await import('../../shared/ipc/contract.js')).contract[channel].input;
      await fc.assert(
        fc.asyncProperty(fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 6 }), async (input) => {
          const before = calls.length;
          const r = await router.dispatch(channel, input);
          expect(typeof r.ok).toBe('boolean');
          if (calls.length > before) expect(schema.safeParse(input).success).toBe(true);
          else expect(r.ok).toBe(false);
        }),
        { numRuns: 1000 },
      );
    }
  }, 120_000);
});

describe('router: the known-secrets net', () => {
  it('replaces a known secret in results and in errors before they leave main', async () => {
    const secrets = new KnownSecrets();
    secrets.add('gAAAAAB-token-from-a-session');
    const { handlers } = spyHandlers({ note: 'token gAAAAAB-token-from-a-session', items: ['gAAAAAB-token-from-a-session'] });
    const router = createRouter(handlers, { secrets });
    const r = await router.dispatch(cloudOp, { cloud: 'local-demo' });
    expect(JSON.stringify(r)).not.toContain('gAAAAAB-token-from-a-session');
    expect(r).toEqual({ ok: true, value: { note: `token ${REDACTED}`, items: [REDACTED] } });

    const failing = createRouter(
      { ...handlers, [cloudOp]: async () => Promise.reject(new OpenStackError('not_found', 'Instance gAAAAAB-token-from-a-session could not be found.', { status: 404 })) },
      { secrets },
    );
    expect(await failing.dispatch(cloudOp, { cloud: 'local-demo' })).toEqual({
      ok: false,
      error: { kind: 'not_found', status: 404, message: `Instance ${REDACTED} could not be found.` },
    });
  });
});
