import type { networkOps } from '../../../shared/ipc/contract/network.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import { done } from './done.js';
import type { AppContext, HandlersFor } from './types.js';

export function networkHandlers({ registry }: AppContext): HandlersFor<typeof networkOps> {
  // looked up per call: building the map touches nothing (tests enumerate it with stub contexts)
  const use: CloudRegistry['use'] = (cloud, work) => registry.use(cloud, work);
  return {
    'networks.list': ({ cloud, ...opts }) => use(cloud, (c) => c.networks.list(opts)),
    'networks.get': ({ cloud, id }) => use(cloud, (c) => c.networks.get(id)),

    'subnets.list': ({ cloud, ...opts }) => use(cloud, (c) => c.subnets.list(opts)),
    'subnets.get': ({ cloud, id }) => use(cloud, (c) => c.subnets.get(id)),

    'ports.list': ({ cloud, ...opts }) => use(cloud, (c) => c.ports.list(opts)),
    'ports.get': ({ cloud, id }) => use(cloud, (c) => c.ports.get(id)),
    'ports.create': ({ cloud, port }) => use(cloud, (c) => c.ports.create(port)),
    'ports.delete': ({ cloud, id }) => done(use(cloud, (c) => c.ports.delete(id))),
    'ports.setSecurityGroups': ({ cloud, id, securityGroupIds }) => use(cloud, (c) => c.ports.setSecurityGroups(id, securityGroupIds)),

    'securityGroups.list': ({ cloud, ...opts }) => use(cloud, (c) => c.securityGroups.list(opts)),
    'securityGroups.get': ({ cloud, id }) => use(cloud, (c) => c.securityGroups.get(id)),
    'securityGroups.create': ({ cloud, group }) => use(cloud, (c) => c.securityGroups.create(group)),
    'securityGroups.update': ({ cloud, id, group }) => use(cloud, (c) => c.securityGroups.update(id, group)),
    'securityGroups.delete': ({ cloud, id }) => done(use(cloud, (c) => c.securityGroups.delete(id))),
    'securityGroups.listRules': ({ cloud, securityGroupId }) => use(cloud, (c) => c.securityGroups.listRules(securityGroupId)),
    'securityGroups.createRule': ({ cloud, rule }) => use(cloud, (c) => c.securityGroups.createRule(rule)),
    'securityGroups.deleteRule': ({ cloud, id }) => done(use(cloud, (c) => c.securityGroups.deleteRule(id))),

    'floatingIps.list': ({ cloud, ...opts }) => use(cloud, (c) => c.floatingIps.list(opts)),
    'floatingIps.get': ({ cloud, id }) => use(cloud, (c) => c.floatingIps.get(id)),
    'floatingIps.create': ({ cloud, floatingIp }) => use(cloud, (c) => c.floatingIps.create(floatingIp)),
    'floatingIps.associate': ({ cloud, id, portId, fixedIpAddress }) => use(cloud, (c) => c.floatingIps.associate(id, portId, fixedIpAddress)),
    'floatingIps.disassociate': ({ cloud, id }) => use(cloud, (c) => c.floatingIps.disassociate(id)),
    'floatingIps.delete': ({ cloud, id }) => done(use(cloud, (c) => c.floatingIps.delete(id))),

    'networkQuotas.details': ({ cloud, projectId }) => use(cloud, (c) => c.networkQuotas.details(projectId)),
  };
}
