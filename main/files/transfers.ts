import { validationError } from '../openstack/errors.js';

/** Image transfers in flight, each with the cancel the renderer's button pulls. */
export class Transfers {
  private readonly running = new Map<string, AbortController>();

  start(id: string): AbortSignal {
    if (this.running.has(id)) throw validationError('transferId', 'a transfer with this id is already running');
    const c = new AbortController();
    this.running.set(id, c);
    return c.signal;
  }

  /** False when nothing runs under this id (it ended already). */
  cancel(id: string): boolean {
    const c = this.running.get(id);
    c?.abort();
    return c !== undefined;
  }

  finish(id: string): void {
    this.running.delete(id);
  }

  /** Runs `work` as transfer `id`, cancellable until it ends. */
  async run<T>(id: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = this.start(id);
    try {
      return await work(signal);
    } finally {
      this.finish(id);
    }
  }
}
