import type { Server } from '../../../../shared/domain/server.js';
import { neededVersion, supports, type ComputeFeature } from '../../../../shared/microversion.js';
import type { Guard } from '../../kit/action-table.js';
import type { ServerRow } from './server-rows.js';
import { knownVersion } from './servers-view.js';

/**
 * Why Nova would refuse an action on a server, as the action table's guards. They mirror
 * Nova's `check_instance_state` and `check_instance_lock` closely enough that an enabled
 * action is one Nova will normally accept. Each action lists its state guards first and the
 * lock last, so the lock is named only where it is what stands in the way ("Stop — locked",
 * while Start stays "not stopped").
 *
 * Admins: Nova lets `context_is_admin` act on a locked server. The screen does not know the
 * user's roles, so the lock is honoured for everyone, as Skyline does outside its admin pages:
 * an admin who means it can unlock first, which stays on record in the action log.
 */

type S = Pick<Server, 'status' | 'taskState' | 'locked' | 'lockedReason' | 'hostId' | 'addresses'>;

const status = (r: ServerRow) => r.server.status.toUpperCase();
const task = (r: ServerRow) => r.server.taskState ?? undefined;
const state = (reason: string, blocks: (r: ServerRow) => boolean): Guard<ServerRow> => ({ reason, blocks, hidesInDrawer: true });
const statusIn = (reason: string, allowed: readonly string[]) => state(reason, (r) => !allowed.includes(status(r)));

export const deleting = state('deleting', (r) => task(r) === 'deleting' || status(r) === 'DELETED');
/** any task in progress: Nova takes one at a time */
export const busy = state('busy', (r) => !!task(r));
/** a hard reboot may interrupt a stuck soft reboot, as Nova allows */
export const busyButRebooting = state('busy', (r) => !!task(r) && !task(r)!.startsWith('reboot'));
/**
 * ERROR with no host: the server was never scheduled (no valid host), so there is no
 * hypervisor to stop, reboot or read a console from; Nova answers 409 "not ready".
 */
export const notScheduled = state('notScheduled', (r) => status(r) === 'ERROR' && !r.server.hostId);
export const notStopped = statusIn('notStopped', ['SHUTOFF']);
export const notRunning = statusIn('notRunning', ['ACTIVE']);
export const notStoppable = statusIn('notRunning', ['ACTIVE', 'ERROR', 'RESCUE']);
/** Nova's ALLOW_HARD_REBOOT vm states, as statuses */
export const notHardRebootable = statusIn('notRunning', ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED', 'ERROR', 'REBOOT', 'HARD_REBOOT']);
export const notResizable = statusIn('notResizable', ['ACTIVE', 'SHUTOFF']);
export const noResizeToConfirm = statusIn('noResizeToConfirm', ['VERIFY_RESIZE']);
/** Nova shelves ACTIVE, SHUTOFF, PAUSED and SUSPENDED servers, and unshelves shelved ones */
export const notShelvable = statusIn('notShelvable', ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED']);
/** Nova's snapshot takes the same vm states as shelve (compute/api.py `snapshot`), and so do metadata and tag edits */
export const notSnapshottable = notShelvable;
export const notMetadataEditable = notShelvable;
export const notShelved = statusIn('notShelved', ['SHELVED', 'SHELVED_OFFLOADED']);
/** Nova attaches and detaches interfaces on ACTIVE, PAUSED and stopped servers with no task */
export const notAttachable = statusIn('notAttachable', ['ACTIVE', 'PAUSED', 'SHUTOFF']);
/** Nova's attach_volume and detach_volume vm states (compute/api.py), as statuses */
export const notVolumeAttachable = statusIn('notVolumeAttachable', ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE', 'SOFT_DELETED', 'SHELVED', 'SHELVED_OFFLOADED']);
/** Nova's pause and suspend take ACTIVE servers only (compute/api.py); unpause PAUSED, resume SUSPENDED */
export const notPaused = statusIn('notPaused', ['PAUSED']);
export const notSuspended = statusIn('notSuspended', ['SUSPENDED']);
/** Nova rescues ACTIVE, stopped and ERROR servers, and unrescues rescued ones */
export const notRescuable = statusIn('notRescuable', ['ACTIVE', 'SHUTOFF', 'ERROR']);
/** Nova rebuilds the same vm states it rescues (compute/api.py `rebuild`) */
export const notRebuildable = notRescuable;
export const notRescued = statusIn('notRescued', ['RESCUE']);
/** Nova's addresses (with Neutron's floating IP changes the list shows ahead of Nova's cache) */
const addressesOf = (r: ServerRow) => Object.values(r.server.addresses).flat();
/** no fixed address yet (building, or no network): nothing for a floating IP to point at */
export const noAddress = state('noAddress', (r) => !addressesOf(r).some((a) => a.type !== 'floating'));
export const noFloatingIp = state('noFloatingIp', (r) => !addressesOf(r).some((a) => a.type === 'floating'));
export const alreadyLocked = state('alreadyLocked', (r) => r.server.locked);
export const notLocked = state('notLocked', (r) => !r.server.locked);

/** Nova refuses it while the server is locked; the lock's own words (compute 2.73+) when it has them. */
export const locked: Guard<ServerRow> = {
  reason: 'locked',
  blocks: (r) => r.server.locked,
  values: (r) => ({ context: r.server.lockedReason ? 'because' : undefined, reason: r.server.lockedReason }),
  contexts: ['because'],
};

/**
 * The cloud's compute API is too old (or too new) for the action. While its version is not
 * known yet the action is offered: main checks the same table and says so, naming the field.
 */
export const needsFeature = (feature: ComputeFeature): Guard<ServerRow> => ({
  reason: 'needsVersion',
  blocks: (r) => {
    const version = knownVersion(r.cloud);
    return version !== undefined && !supports(feature, version);
  },
  values: (r) => ({ version: neededVersion(feature, 'symbols'), have: knownVersion(r.cloud) }),
});

/** For tests and callers that hold a bare server. */
export const asRow = (server: S): ServerRow => ({ server }) as ServerRow;
