import { redactJson, redactUrl } from '../../openstack/redact.js';

/**
 * An error as one log entry, through the redactor: URLs lose passwords and secret query
 * parameters, JSON messages (a service echoing a body) and the error's own fields lose
 * secret keys. Stack frames (file paths) are kept: they are what makes the entry useful.
 */
export function describeFailure(e: unknown): string {
  if (!(e instanceof Error)) return redactText(typeof e === 'string' ? e : safeJson(e));
  const fields = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'message' && k !== 'stack' && k !== 'cause'));
  const extra = Object.keys(fields).length ? ` ${redactText(safeJson(fields))}` : '';
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 10);
  const cause = e.cause === undefined ? '' : `\n  caused by: ${describeFailure(e.cause)}`;
  return [`${e.name}: ${redactText(e.message)}${extra}`, ...frames].join('\n') + cause;
}

/** The error's message alone, redacted: for a one-line report to the user. */
export function failureSummary(e: unknown): string {
  return e instanceof Error ? redactText(e.message) : describeFailure(e);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(redactJson(v)) ?? String(v);
  } catch {
    return String(v);
  }
}

function redactText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(redactJson(JSON.parse(trimmed)));
    } catch {
      // not JSON after all: URLs below
    }
  }
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
}

export interface CrashHandlers {
  uninstall(): void;
}

/**
 * A promise nobody awaited that rejects (a background reconcile after a profile change, a
 * watcher's refresh) is logged and the host keeps serving: the failed task is lost, the app is
 * not. An uncaught exception leaves state unknown, so it is logged and `onFatal` stops the host.
 */
export function installCrashHandlers(o: { log: (line: string) => void; onFatal: () => void }): CrashHandlers {
  const onRejection = (reason: unknown) => o.log(`novadesk: a background task failed; the host keeps running: ${describeFailure(reason)}`);
  const onException = (error: unknown) => {
    o.log(`novadesk: internal error, stopping: ${describeFailure(error)}`);
    o.onFatal();
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    uninstall() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}
