import { readFileSync } from 'node:fs';
import { CloudId } from '../../shared/ipc/ids.js';
import { writeFileAtomic } from '../profiles/atomic-file.js';

/**
 * The cloud whose servers a window showed last, in the data folder, so the next start can ask
 * for that list while the window is still opening (app.warmUp). An id, nothing secret. Only an
 * optimisation: an unreadable or damaged file counts as none, and a failed write is ignored.
 */
export class LastCloud {
  private current: string | undefined;
  private writes = Promise.resolve();

  constructor(private readonly file: string) {
    try {
      const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const id = (v as { cloud?: unknown } | null)?.cloud;
      if (CloudId.safeParse(id).success) this.current = id as string;
    } catch {
      this.current = undefined;
    }
  }

  get(): string | undefined {
    return this.current;
  }

  set(cloud: string): Promise<void> {
    if (cloud === this.current) return this.writes;
    this.current = cloud;
    this.writes = this.writes.then(() => writeFileAtomic(this.file, JSON.stringify({ cloud }))).catch(() => undefined);
    return this.writes;
  }
}
