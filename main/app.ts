/**
 * The composition root shared by both hosts: profiles, clouds, the request log, events and
 * the router. Hosts (Electron shell, browser host) only add a window and a transport.
 */
import { join } from 'node:path';
import { profileOf } from '../shared/ipc/scope-id.js';
import { CloudLists } from './clouds/cloud-lists.js';
import { LastCloud } from './clouds/last-cloud.js';
import { ListCache } from './clouds/list-cache.js';
import { CloudRegistry } from './clouds/registry.js';
import { Watchers } from './clouds/watchers.js';
import { EventBus } from './events.js';
import { commandFilePicker, type FilePicker } from './files/file-picker.js';
import { PickedFiles } from './files/picked-files.js';
import { Transfers } from './files/transfers.js';
import { describeFailure } from './failure-text.js';
import type { ConsoleWindows } from './console/console-windows.js';
import { createHandlers } from './ipc/handlers/index.js';
import { createRouter, type Router } from './ipc/router.js';
import { fileVersionCache } from './openstack/compute/version-cache.js';
import { RequestLog } from './openstack/request-log.js';
import type { SafeStorageLike } from './profiles/encrypted-secret-store.js';
import { ProfileService } from './profiles/profile-service.js';

export interface AppOptions {
  /** private directory for profiles, secrets and the list cache */
  dataDir: string;
  /** Electron's safeStorage; absent in the browser host (secrets then live for the run only) */
  safeStorage?: SafeStorageLike;
  onInternalError?: (channel: string, e: unknown) => void;
  /** how the host shows a remote console (a window, or a one-time link); without it consoles are refused */
  consoleWindows?: ConsoleWindows;
  /** the system's file dialog: Electron's, or a picker program where there is no window of ours (file-picker.ts) */
  filePicker?: FilePicker;
}

export interface NovadeskApp {
  router: Router;
  events: EventBus;
  profiles: ProfileService;
  registry: CloudRegistry;
  log: RequestLog;
  watchers: Watchers;
  /**
   * Asks for the servers of the cloud whose list a window showed last while the window is
   * still starting; the window's own refresh joins it. Call once the profiles and their
   * secrets are in place.
   */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export async function createApp(o: AppOptions): Promise<NovadeskApp> {
  const onInternalError = o.onInternalError ?? ((channel: string, e: unknown) => console.error(`novadesk: internal error in ${channel}: ${describeFailure(e)}`));
  const log = new RequestLog();
  const events = new EventBus();
  // a full disk or read-only folder opens the store read-only (profiles.problems says so); it never stops the app
  const profiles = await ProfileService.open({ dir: o.dataDir, log, ...(o.safeStorage ? { safeStorage: o.safeStorage } : {}) });
  const registry = new CloudRegistry({
    source: profiles,
    log,
    // one round trip less per cloud on each start; a URL and two version numbers, nothing secret
    versionCache: fileVersionCache(join(o.dataDir, 'compute-versions.json')),
    onInternalError: (e) => onInternalError('clouds.status', e),
  });
  const cache = new ListCache(join(o.dataDir, 'cache'));
  const lists = new CloudLists(registry, cache, (cloud, kind, items) => events.emit('lists.page', { cloud, kind, items }));
  const lastCloud = new LastCloud(join(o.dataDir, 'last-cloud.json'));
  const watchers = new Watchers(registry, cache, (changes) => events.emit('servers.changed', changes));

  const unsubscribers = [
    log.subscribe((entry) => events.emit('log.entry', entry)),
    registry.onStatus((status) => events.emit('clouds.status', status)),
    profiles.onChange((change) => {
      if (change.kind === 'removed') {
        watchers.unwatch(change.id);
        cache.drop(change.id).catch((e: unknown) => console.warn(`novadesk: the cached lists of ${change.id} stay on disk:`, e));
      }
      events.emit('profiles.changed', { id: change.id, kind: change.kind });
    }),
  ];

  const files = { picker: o.filePicker ?? commandFilePicker(), picked: new PickedFiles() };
  const transfers = new Transfers();
  const router = createRouter(
    createHandlers({ profiles, registry, lists, lastCloud, watchers, log, events, files, transfers, ...(o.consoleWindows ? { consoles: o.consoleWindows } : {}) }),
    { onInternalError },
  );

  return {
    router,
    events,
    profiles,
    registry,
    log,
    watchers,
    async warmUp() {
      // only a cloud a window showed before: a first start has no guess worth a login
      const last = lastCloud.get();
      const ids = new Set((await profiles.list()).map((p) => p.id));
      // a failure shows where it matters: the window's own refresh joins this one
      if (last && ids.has(profileOf(last))) lists.refresh(last, 'servers').catch(() => undefined);
    },
    async close() {
      for (const u of unsubscribers) u();
      watchers.stopAll();
      await registry.close();
    },
  };
}
