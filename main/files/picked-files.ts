import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { validationError } from '../openstack/errors.js';

export type FileUse = 'read' | 'write';

/**
 * Files the user picked in main's dialog, by an opaque reference the renderer passes back:
 * the renderer names a picked file, never a path, and a file picked to read cannot be written.
 */
export class PickedFiles {
  private readonly picked = new Map<string, { path: string; use: FileUse }>();

  add(path: string, use: FileUse): { ref: string; fileName: string } {
    const ref = randomUUID();
    this.picked.set(ref, { path, use });
    return { ref, fileName: basename(path) };
  }

  /** The path behind `ref`, once: a reference is good for one transfer. */
  take(ref: string, use: FileUse): string {
    const entry = this.picked.get(ref);
    if (!entry || entry.use !== use) throw validationError('file', `no file was picked to ${use} under this reference; pick it again`);
    this.picked.delete(ref);
    return entry.path;
  }
}
