import { describe, expect, it } from 'vitest';
import { OpenStackError } from '../openstack/errors.js';
import { diskError } from './disk-error.js';

const sysError = (code: string, extra: { path?: string; syscall?: string } = {}) =>
  Object.assign(new Error(`${code}: something, ${extra.syscall ?? 'write'}`), { code, ...extra });

describe('diskError', () => {
  it('names the file, the reason in words, the code, and the other file the system refused', () => {
    expect(diskError(sysError('ENOSPC'), '/d/profiles.json')?.toJSON()).toEqual({
      kind: 'storage',
      message: '/d/profiles.json could not be saved: the disk is full (ENOSPC)',
    });
    expect(diskError(sysError('EROFS', { path: '/d/profiles.json.lock', syscall: 'open' }), '/d/profiles.json', 'written')?.message).toBe(
      '/d/profiles.json could not be written: the folder is read-only (EROFS, open /d/profiles.json.lock)',
    );
    expect(diskError(sysError('EACCES', { path: '/d/profiles.json' }), '/d/profiles.json')?.message).toMatch(/saved: permission was denied \(EACCES\)$/);
  });

  it('finds the code in a message that lost it (conf rethrows a failed migration that way)', () => {
    expect(diskError(new Error('Something went wrong during the migration! ENOSPC: no space left on device, write'), '/f')?.kind).toBe('storage');
  });

  it('leaves everything else alone: other codes, bugs, cloud errors', () => {
    expect(diskError(sysError('ENOENT'), '/f')).toBeUndefined();
    expect(diskError(new TypeError('x is undefined'), '/f')).toBeUndefined();
    expect(diskError(new OpenStackError('conflict', 'held by process 1'), '/f')).toBeUndefined();
    const storage = new OpenStackError('storage', 'already said');
    expect(diskError(storage, '/f')).toBe(storage);
  });
});
