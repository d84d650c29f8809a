/**
 * Startup failures and stray errors in the Electron main process, without electron (main.ts
 * passes dialog.showErrorBox and app.exit; tests pass fakes). A failed start must not leave a
 * windowless process holding the single-instance lock, where every later launch just focuses
 * nothing; and whatever is logged goes through the redactor first.
 */
import { redactHeaders, redactJson, redactUrl } from '../../openstack/redact.js';

export interface FailureDeps {
  /** dialog.showErrorBox: modal and synchronous, usable before 'ready' */
  showErrorBox(title: string, content: string): void;
  /** app.exit: ends the process now, releasing the single-instance lock */
  exit(code: number): void;
  /** one line to the log (stderr) */
  log(line: string): void;
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/** Query secrets and URL passwords out of free text (messages and stacks name URLs). */
function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url));
}

/** redactJson matches body keys; header maps (an error's `headers`, its response's) need redactHeaders. */
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

/** A value as redacted JSON; String() for what JSON cannot hold (a BigInt, undefined). */
function redactedJson(value: unknown): string {
  try {
    return JSON.stringify(redactJson(redactHeaderMaps(value))) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * An error as one redacted text: its stack (or message), the fields it carries (a status, a
 * response body; secret keys hidden by redactJson) and its causes.
 */
export function describeFailure(e: unknown, depth = 0): string {
  if (!(e instanceof Error)) {
    return redactUrlsIn(typeof e === 'string' ? e : redactedJson(e));
  }
  const fields = Object.fromEntries(Object.entries(e).filter(([key]) => key !== 'cause'));
  const lines = [redactUrlsIn(e.stack ?? `${e.name}: ${e.message}`)];
  if (Object.keys(fields).length > 0) lines.push(redactUrlsIn(redactedJson(fields)));
  if (e.cause !== undefined && depth < 5) lines.push(`caused by: ${describeFailure(e.cause, depth + 1)}`);
  return lines.join('\n');
}

/** What the user reads in the dialog: the first line only, the details are in the log. */
function headline(e: unknown): string {
  return describeFailure(e).split('\n')[0] ?? 'unknown error';
}

function fail(deps: FailureDeps, title: string, e: unknown): void {
  deps.log(`novadesk: ${title}: ${describeFailure(e)}`);
  try {
    deps.showErrorBox(`Novadesk: ${title}`, `${headline(e)}\n\nNovadesk will now quit.`);
  } finally {
    deps.exit(1);
  }
}

/** Runs the app's start; when it fails, says so in a dialog and exits with status 1. */
export async function startOrFail(start: () => Promise<void>, deps: FailureDeps): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (e) {
    fail(deps, 'could not start', e);
    return false;
  }
}

export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/**
 * A rejection nobody awaited (a background refresh) is logged and the app goes on; an uncaught
 * exception leaves the process in an unknown state, so it is logged, shown, and the app exits.
 */
export function installFailureHandlers(proc: ProcessEvents, deps: FailureDeps): void {
  proc.on('unhandledRejection', (reason) => deps.log(`novadesk: unhandled rejection: ${describeFailure(reason)}`));
  proc.on('uncaughtException', (error) => fail(deps, 'unexpected error', error));
}
