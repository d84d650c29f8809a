import type { Result } from '../../shared/errors.js';
import { contract, type Channel } from '../../shared/ipc/contract.js';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/types.js';
import { validationError } from '../openstack/errors.js';
import { knownSecrets, type KnownSecrets } from '../openstack/known-secrets.js';
import { toSerializedError, zodError } from '../openstack/serialize-error.js';
import { assertSafeShape, DEFAULT_LIMITS, type ShapeLimits } from './shape-guard.js';

/** A handler for every contract entry: a missing one is a compile error (DESIGN.md decision 1). */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};

export interface Router {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
}

/**
 * Allow-list, shape guard, zod parse, handler, envelope. No exception escapes, and input that
 * fails validation never reaches a handler (so never reaches a cloud). Every envelope, result
 * or error, goes through the known-secrets net before it leaves (DESIGN.md decision 8).
 */
export function createRouter(
  handlers: Handlers,
  opts: { limits?: ShapeLimits; onInternalError?: (channel: string, e: unknown) => void; secrets?: KnownSecrets } = {},
): Router {
  const secrets = opts.secrets ?? knownSecrets;
  const dispatch = async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return { ok: false, error: validationError('channel', `unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`).toJSON() };
    }
    const c = channel as Channel;
    try {
      assertSafeShape(input, opts.limits ?? DEFAULT_LIMITS);
      const parsed = contract[c].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: zodError(parsed.error) };
      const handler = handlers[c] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (e) {
      return { ok: false, error: toSerializedError(e, (err) => opts.onInternalError?.(c, err)) };
    }
  };
  return {
    async dispatch(channel, input) {
      return secrets.scrubDeep(await dispatch(channel, input));
    },
  };
}
