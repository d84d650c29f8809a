import type { computeOps } from '../../../shared/ipc/contract/compute.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import { openRemoteConsole } from '../../console/console-windows.js';
import { done } from './done.js';
import type { AppContext, HandlersFor } from './types.js';

export function computeHandlers({ registry, consoles }: AppContext): HandlersFor<typeof computeOps> {
  // looked up per call: building the map touches nothing (tests enumerate it with stub contexts)
  const use: CloudRegistry['use'] = (cloud, work) => registry.use(cloud, work);
  return {
    'flavors.list': ({ cloud, ...opts }) => use(cloud, (c) => c.flavors.list(opts)),
    'flavors.get': ({ cloud, id }) => use(cloud, (c) => c.flavors.get(id)),

    'servers.list': ({ cloud, maxItems, ...filters }) => use(cloud, (c) => c.servers.list(filters, { maxItems })),
    'servers.get': ({ cloud, id }) => use(cloud, (c) => c.servers.get(id)),
    'servers.create': ({ cloud, server }) =>
      use(cloud, async (c) => {
        // field by field: whatever else a launch answer may carry (adminPass) stays in main
        const { id, reservationId, recoveredFrom } = await c.servers.create(server);
        return { id, reservationId, recoveredFrom };
      }),
    'servers.update': ({ cloud, id, changes }) => use(cloud, (c) => c.servers.update(id, changes)),
    'servers.delete': ({ cloud, id }) => done(use(cloud, (c) => c.servers.delete(id))),
    'servers.start': ({ cloud, id }) => done(use(cloud, (c) => c.servers.start(id))),
    'servers.stop': ({ cloud, id }) => done(use(cloud, (c) => c.servers.stop(id))),
    'servers.reboot': ({ cloud, id, type }) => done(use(cloud, (c) => c.servers.reboot(id, type))),
    'servers.pause': ({ cloud, id }) => done(use(cloud, (c) => c.servers.pause(id))),
    'servers.unpause': ({ cloud, id }) => done(use(cloud, (c) => c.servers.unpause(id))),
    'servers.suspend': ({ cloud, id }) => done(use(cloud, (c) => c.servers.suspend(id))),
    'servers.resume': ({ cloud, id }) => done(use(cloud, (c) => c.servers.resume(id))),
    'servers.resize': ({ cloud, id, flavorRef, diskConfig }) => done(use(cloud, (c) => c.servers.resize(id, flavorRef, { diskConfig }))),
    'servers.confirmResize': ({ cloud, id }) => done(use(cloud, (c) => c.servers.confirmResize(id))),
    'servers.revertResize': ({ cloud, id }) => done(use(cloud, (c) => c.servers.revertResize(id))),
    'servers.lock': ({ cloud, id, reason }) => done(use(cloud, (c) => c.servers.lock(id, reason))),
    'servers.unlock': ({ cloud, id }) => done(use(cloud, (c) => c.servers.unlock(id))),
    'servers.shelve': ({ cloud, id }) => done(use(cloud, (c) => c.servers.shelve(id))),
    'servers.unshelve': ({ cloud, id, availabilityZone }) => done(use(cloud, (c) => c.servers.unshelve(id, availabilityZone))),
    'servers.rescue': ({ cloud, id, ...request }) => use(cloud, (c) => c.servers.rescue(id, request)),
    'servers.unrescue': ({ cloud, id }) => done(use(cloud, (c) => c.servers.unrescue(id))),
    'servers.setMetadata': ({ cloud, id, metadata }) => use(cloud, (c) => c.servers.setMetadata(id, metadata)),
    'servers.setTags': ({ cloud, id, tags }) => use(cloud, (c) => c.servers.setTags(id, tags)),
    'servers.rebuild': ({ cloud, id, rebuild }) => done(use(cloud, (c) => c.servers.rebuild(id, rebuild))),
    'servers.createImage': ({ cloud, id, name, metadata }) => use(cloud, (c) => c.servers.createImage(id, name, metadata)),
    'servers.consoleOutput': ({ cloud, id, lines }) => use(cloud, (c) => c.servers.consoleOutput(id, lines)),
    'servers.remoteConsole': ({ cloud, id, protocol, type, title }) =>
      use(cloud, (c) => openRemoteConsole(consoles, () => c.servers.remoteConsole(id, protocol, type), title ?? id)),

    'instanceActions.list': ({ cloud, serverId, ...opts }) => use(cloud, (c) => c.servers.instanceActions.list(serverId, opts)),
    'instanceActions.get': ({ cloud, serverId, requestId }) => use(cloud, (c) => c.servers.instanceActions.get(serverId, requestId)),
    'serverInterfaces.list': ({ cloud, serverId }) => use(cloud, (c) => c.servers.interfaces.list(serverId)),
    'serverInterfaces.attach': ({ cloud, serverId, attach }) => use(cloud, (c) => c.servers.interfaces.attach(serverId, attach)),
    'serverInterfaces.detach': ({ cloud, serverId, portId }) => done(use(cloud, (c) => c.servers.interfaces.detach(serverId, portId))),
    'serverVolumes.list': ({ cloud, serverId }) => use(cloud, (c) => c.servers.volumes.list(serverId)),
    'serverVolumes.attach': ({ cloud, serverId, attach }) => use(cloud, (c) => c.servers.volumes.attach(serverId, attach)),
    'serverVolumes.detach': ({ cloud, serverId, volumeId }) => done(use(cloud, (c) => c.servers.volumes.detach(serverId, volumeId))),

    'keypairs.list': ({ cloud, ...opts }) => use(cloud, (c) => c.keypairs.list(opts)),
    'keypairs.get': ({ cloud, name, userId }) => use(cloud, (c) => c.keypairs.get(name, { userId })),
    'keypairs.import': ({ cloud, keypair }) => use(cloud, (c) => c.keypairs.import(keypair)),
    'keypairs.create': ({ cloud, keypair }) => use(cloud, (c) => c.keypairs.create(keypair)),
    'keypairs.delete': ({ cloud, name, userId }) => done(use(cloud, (c) => c.keypairs.delete(name, { userId }))),

    'availabilityZones.list': ({ cloud }) => use(cloud, (c) => c.availabilityZones.list()),
    'limits.get': ({ cloud, projectId }) => use(cloud, (c) => c.limits.get({ projectId })),
    'quotas.usage': ({ cloud, projectId, userId }) => use(cloud, (c) => c.quotas.usage({ projectId, userId })),

    'serverGroups.list': ({ cloud, ...opts }) => use(cloud, (c) => c.serverGroups.list(opts)),
    'serverGroups.get': ({ cloud, id }) => use(cloud, (c) => c.serverGroups.get(id)),
    'serverGroups.create': ({ cloud, group }) => use(cloud, (c) => c.serverGroups.create(group)),
    'serverGroups.delete': ({ cloud, id }) => done(use(cloud, (c) => c.serverGroups.delete(id))),
  };
}
