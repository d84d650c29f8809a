import { describe, expect, it } from 'vitest';
import { RequestLog } from '../openstack/request-log.js';
import { CloudRegistry } from './registry.js';

describe('a profile change the registry cannot reconcile', () => {
  it('is reported as an internal error, not left as an unhandled rejection', async () => {
    let notify: ((e: { kind: string; id: string }) => void) | undefined;
    const reported: unknown[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (r: unknown) => unhandled.push(r);
    process.on('unhandledRejection', onUnhandled);
    try {
      const registry = new CloudRegistry({
        source: {
          profile: () => ({ id: 'p-1' }) as never,
          secretFor: () => Promise.reject(new Error('secrets.json: EIO')),
          onChange: (l) => {
            notify = l;
            return () => {};
          },
        },
        log: new RequestLog(),
        onInternalError: (e) => reported.push(e),
      });
      notify?.({ kind: 'updated', id: 'p-1' });
      await new Promise((r) => setTimeout(r, 20));
      expect(reported).toEqual([expect.objectContaining({ message: 'secrets.json: EIO' })]);
      expect(unhandled).toEqual([]);
      await registry.close();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
