/**
 * Startup failures and stray errors in the Electron main process, without electron (main.ts
 * passes dialog.showErrorBox and app.exit; tests pass fakes). A failed start must not leave a
 * windowless process holding the single-instance lock, where every later launch just focuses
 * nothing; and whatever is logged goes through the redactor first.
 */
import { describeFailure, failureSummary } from '../../failure-text.js';

export interface FailureDeps {
  /** dialog.showErrorBox: modal and synchronous, usable before 'ready' */
  showErrorBox(title: string, content: string): void;
  /** app.exit: ends the process now, releasing the single-instance lock */
  exit(code: number): void;
  /** one line to the log (stderr) */
  log(line: string): void;
}

function fail(deps: FailureDeps, title: string, e: unknown): void {
  deps.log(`novadesk: ${title}: ${describeFailure(e)}`);
  try {
    deps.showErrorBox(`Novadesk: ${title}`, `${failureSummary(e)}\n\nNovadesk will now quit.`);
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
