import type { Result } from '../../../shared/errors.js';

/**
 * Calls sent before React renders, for what the first screen needs (issue 17, T5: the app's
 * start is its bundle, then these round trips): each answer is taken once, by the first call of
 * the same channel and input, and only while fresh; any later call asks main again.
 */
const FRESH_MS = 10_000;
const early = new Map<string, { answer: Promise<Result<unknown>>; at: number }>();

const keyOf = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input ?? null)}`;

export function askEarly(channel: string, input: unknown, invoke: (channel: string, input: unknown) => Promise<Result<unknown>>, now = Date.now()): void {
  early.set(keyOf(channel, input), { answer: invoke(channel, input), at: now });
}

export function takeEarly(channel: string, input: unknown, now = Date.now()): Promise<Result<unknown>> | undefined {
  // every call passes here: once the start's answers are taken, nothing is serialized
  if (early.size === 0) return undefined;
  // answers no call took in time are dropped, so the map empties even if one is never asked for
  for (const [k, e] of early) if (now - e.at > FRESH_MS) early.delete(k);
  const key = keyOf(channel, input);
  const hit = early.get(key);
  early.delete(key);
  return hit?.answer;
}
