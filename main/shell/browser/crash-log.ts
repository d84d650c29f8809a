import { describeFailure } from '../../failure-text.js';

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
