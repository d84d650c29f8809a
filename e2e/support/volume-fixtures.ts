import type { Volume } from '../../shared/domain/volume.js';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import { isOpenStackError } from '../../main/openstack/errors.js';

const SETTLED = new Set(['available', 'in-use', 'error', 'error_extending', 'error_restoring']);

/** Polls a volume until its status leaves the transitional ones (creating, downloading, attaching...). */
export async function settledVolume(client: CloudClient, id: string, timeoutMs = 120_000): Promise<Volume> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await client.volumes.get(id);
    if (SETTLED.has(v.status)) return v;
    if (Date.now() > end) throw new Error(`volume ${id} still ${v.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Polls until the volume is gone (404). */
export async function volumeGone(client: CloudClient, id: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.volumes.get(id);
    } catch (e) {
      if (isOpenStackError(e) && e.kind === 'not_found') return;
      throw e;
    }
    if (Date.now() > end) throw new Error(`volume ${id} still exists after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Deletes the snapshots, then the volumes, whose names start with the prefix (test clean-up). */
export async function deleteVolumes(client: CloudClient, namePrefix: string): Promise<void> {
  const snaps = (await client.volumeSnapshots.list()).filter((s) => s.name.startsWith(namePrefix));
  await Promise.all(snaps.map((s) => client.volumeSnapshots.delete(s.id).catch(() => undefined)));
  const mine = (await client.volumes.list()).filter((v) => v.name.startsWith(namePrefix));
  await Promise.all(
    mine.map(async (v) => {
      // a snapshot's deletion must finish before its volume can go
      for (let i = 0; i < 40; i++) {
        try {
          await client.volumes.delete(v.id);
          return;
        } catch (e) {
          if (isOpenStackError(e) && e.kind === 'not_found') return;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }),
  );
}
