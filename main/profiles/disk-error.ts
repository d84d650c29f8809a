import { OpenStackError, isOpenStackError } from '../openstack/errors.js';

/** The refusals a user can do something about (free space, remount, fix permissions), in their words. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
};

export function diskCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code in REASONS ? code : undefined;
  // conf rethrows a failed migration write as a plain Error that keeps only the message
  return e instanceof Error ? /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM)\b/.exec(e.message)?.[1] : undefined;
}

/**
 * A `storage` error naming `file` when `e` is the operating system refusing a write, else
 * undefined (a bug stays a bug). The path the system refused is added when it is another file
 * (the lock, a temp file), so a stale lock owned by someone else can be found.
 */
export function diskError(e: unknown, file: string, action = 'saved'): OpenStackError | undefined {
  if (isOpenStackError(e)) return e.kind === 'storage' ? e : undefined;
  const code = diskCode(e);
  if (!code) return undefined;
  const { path, syscall } = e as { path?: unknown; syscall?: unknown };
  const where = typeof path === 'string' && path !== file ? `, ${typeof syscall === 'string' ? `${syscall} ` : ''}${path}` : '';
  return new OpenStackError('storage', `${file} could not be ${action}: ${REASONS[code]} (${code}${where})`);
}
