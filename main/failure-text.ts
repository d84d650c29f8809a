/**
 * An error as text for main's own log (a crash, a stray rejection, an internal error), with
 * nothing secret in it. Both shells and the app's internal-error hook use this one function.
 */
import { knownSecrets } from './openstack/known-secrets.js';
import { redactHeaders, redactJson, redactUrlsInText } from './openstack/redact.js';

/** redactJson matches body keys; header maps (an error's `headers`, its response's) need redactHeaders for cookies. */
function redactHeaderMaps(value: unknown, depth = 0): unknown {
  if (depth > 10 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactHeaderMaps(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k.toLowerCase() === 'headers' && v && typeof v === 'object' && !Array.isArray(v)
        ? redactHeaders(v as Record<string, unknown>)
        : redactHeaderMaps(v, depth + 1),
    ]),
  );
}

/** A value as redacted JSON; String() for what JSON cannot hold (a BigInt, a cycle). */
function redactedJson(value: unknown): string {
  try {
    return JSON.stringify(redactJson(redactHeaderMaps(value))) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Free text: a message that is JSON (a service echoing a body) by key, URLs by their parts. */
function redactText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(redactJson(JSON.parse(trimmed)));
    } catch {
      // not JSON after all: URLs below
    }
  }
  return redactUrlsInText(text);
}

function describe(e: unknown, depth: number): string {
  if (!(e instanceof Error)) return redactText(typeof e === 'string' ? e : redactedJson(e));
  const fields = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'message' && k !== 'stack' && k !== 'cause'));
  const extra = Object.keys(fields).length ? ` ${redactedJson(fields)}` : '';
  // frames are file paths: what makes the entry useful, and nothing secret
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 10);
  const cause = e.cause !== undefined && depth < 5 ? `\n  caused by: ${describe(e.cause, depth + 1)}` : '';
  return [`${e.name}: ${redactText(e.message)}${extra}`, ...frames].join('\n') + cause;
}

/**
 * The error's name, message, fields (secret keys hidden), first stack frames and causes. Last,
 * every value main knows to be secret (tokens, stored secrets) is replaced wherever it is.
 */
export function describeFailure(e: unknown): string {
  return knownSecrets.scrub(describe(e, 0));
}

/** The error's message alone, redacted: for a one-line report to the user. */
export function failureSummary(e: unknown): string {
  return e instanceof Error ? knownSecrets.scrub(redactText(e.message)) : describeFailure(e);
}
