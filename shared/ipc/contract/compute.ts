import { z } from 'zod';
import type { AvailabilityZone } from '../../domain/availability-zone.js';
import type { ComputeLimits } from '../../domain/compute-limits.js';
import type { Flavor } from '../../domain/flavor.js';
import type { GeneratedKeypair, Keypair } from '../../domain/keypair.js';
import type { ComputeQuota } from '../../domain/quota.js';
import type { ServerGroup } from '../../domain/server-group.js';
import type { ConsoleOpened, InstanceAction, Server, ServerCreated } from '../../domain/server.js';
import type { ServerInterface } from '../../domain/server-interface.js';
import type { ServerVolume } from '../../domain/volume.js';
import { FlavorListFilters } from '../../schemas/flavor.js';
import { InstanceActionListFilters } from '../../schemas/instance-action.js';
import { KeypairGenerateRequest, KeypairImportRequest, KeypairListFilters, KeypairName } from '../../schemas/keypair.js';
import {
  ConsoleProtocol,
  ConsoleType,
  DiskConfig,
  LockReason,
  RebootType,
  ServerCreateImageRequest,
  ServerRebuildRequest,
  ServerRescueRequest,
  ServerTags,
  ServerUpdateRequest,
} from '../../schemas/server-actions.js';
import { ServerCreateRequest } from '../../schemas/server-create.js';
import { InterfaceAttachRequest } from '../../schemas/server-interface.js';
import { ServerVolumeAttachRequest } from '../../schemas/volume.js';
import { ServerGroupCreateRequest, ServerGroupListFilters } from '../../schemas/server-group.js';
import { ServerListFilters } from '../../schemas/server-list.js';
import { AvailabilityZoneName, Metadata, Name } from '../../schemas/fields.js';
import { CloudInput, CloudId, ResourceId } from '../ids.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';

const userId = ResourceId.optional();
const ByKeypair = cloudInput({ name: KeypairName, userId });

/** Nova operations: flavors, servers, instance actions, keypairs, zones, limits, quotas, server groups. */
export const computeOps = {
  'flavors.list': op(FlavorListFilters.extend({ cloud: CloudId }))<Flavor[]>(),
  'flavors.get': op(ById)<Flavor>(),

  /** every page; `maxItems` stops early */
  'servers.list': op(ServerListFilters.extend({ cloud: CloudId, maxItems: z.number().int().min(1).optional() }))<Server[]>(),
  'servers.get': op(ById)<Server>(),
  'servers.create': op(cloudInput({ server: ServerCreateRequest }))<ServerCreated>(),
  'servers.update': op(cloudInput({ id: ResourceId, changes: ServerUpdateRequest }))<Server>(),
  'servers.delete': op(ById)<null>(),
  'servers.start': op(ById)<null>(),
  'servers.stop': op(ById)<null>(),
  'servers.reboot': op(cloudInput({ id: ResourceId, type: RebootType.optional() }))<null>(),
  'servers.pause': op(ById)<null>(),
  'servers.unpause': op(ById)<null>(),
  'servers.suspend': op(ById)<null>(),
  'servers.resume': op(ById)<null>(),
  'servers.resize': op(cloudInput({ id: ResourceId, flavorRef: ResourceId, diskConfig: DiskConfig.optional() }))<null>(),
  'servers.confirmResize': op(ById)<null>(),
  'servers.revertResize': op(ById)<null>(),
  /** a reason needs compute 2.73 */
  'servers.lock': op(cloudInput({ id: ResourceId, reason: LockReason.optional() }))<null>(),
  'servers.unlock': op(ById)<null>(),
  'servers.shelve': op(ById)<null>(),
  /** to an availability zone: compute 2.77 */
  'servers.unshelve': op(cloudInput({ id: ResourceId, availabilityZone: AvailabilityZoneName.optional() }))<null>(),
  /** the rescue admin password, shown once; null where the cloud hides passwords */
  'servers.rescue': op(ServerRescueRequest.extend({ cloud: CloudId, id: ResourceId }))<string | null>(),
  'servers.unrescue': op(ById)<null>(),
  /** replaces all the server's metadata; Nova's answer */
  'servers.setMetadata': op(cloudInput({ id: ResourceId, metadata: Metadata }))<Record<string, string>>(),
  /** replaces all the server's tags (compute 2.26+) */
  'servers.setTags': op(cloudInput({ id: ResourceId, tags: ServerTags }))<string[]>(),
  'servers.rebuild': op(cloudInput({ id: ResourceId, rebuild: ServerRebuildRequest }))<null>(),
  /** the new image's id */
  'servers.createImage': op(ServerCreateImageRequest.extend({ cloud: CloudId, id: ResourceId }))<string>(),
  /** `lines` keeps only the last lines */
  'servers.consoleOutput': op(cloudInput({ id: ResourceId, lines: z.number().int().min(1).max(100_000).optional() }))<string>(),
  /** opened by main (a window, or a one-time link on the browser host): the console URL carries a token and never crosses */
  'servers.remoteConsole': op(
    cloudInput({ id: ResourceId, protocol: ConsoleProtocol.optional(), type: ConsoleType.optional(), title: Name.optional() }),
  )<ConsoleOpened>(),

  'instanceActions.list': op(InstanceActionListFilters.extend({ cloud: CloudId, serverId: ResourceId }))<InstanceAction[]>(),
  'instanceActions.get': op(cloudInput({ serverId: ResourceId, requestId: ResourceId }))<InstanceAction>(),
  /** a server's ports (`os-interface`): they hang off the servers manager, as instance actions do */
  'serverInterfaces.list': op(cloudInput({ serverId: ResourceId }))<ServerInterface[]>(),
  'serverInterfaces.attach': op(cloudInput({ serverId: ResourceId, attach: InterfaceAttachRequest }))<ServerInterface>(),
  'serverInterfaces.detach': op(cloudInput({ serverId: ResourceId, portId: ResourceId }))<null>(),

  /** Nova's os-volume_attachments: the volume goes in-use (or available) a moment after */
  'serverVolumes.list': op(cloudInput({ serverId: ResourceId }))<ServerVolume[]>(),
  'serverVolumes.attach': op(cloudInput({ serverId: ResourceId, attach: ServerVolumeAttachRequest }))<ServerVolume>(),
  'serverVolumes.detach': op(cloudInput({ serverId: ResourceId, volumeId: ResourceId }))<null>(),

  'keypairs.list': op(KeypairListFilters.extend({ cloud: CloudId }))<Keypair[]>(),
  'keypairs.get': op(ByKeypair)<Keypair>(),
  'keypairs.import': op(cloudInput({ keypair: KeypairImportRequest }))<Keypair>(),
  /** the one operation whose result holds a secret: the private key the user asked Nova to make */
  'keypairs.create': op(cloudInput({ keypair: KeypairGenerateRequest }))<GeneratedKeypair>(),
  'keypairs.delete': op(ByKeypair)<null>(),

  'availabilityZones.list': op(CloudInput)<AvailabilityZone[]>(),
  /** another project's needs admin */
  'limits.get': op(cloudInput({ projectId: ResourceId.optional() }))<ComputeLimits>(),
  'quotas.usage': op(cloudInput({ projectId: ResourceId.optional(), userId }))<ComputeQuota>(),

  'serverGroups.list': op(ServerGroupListFilters.extend({ cloud: CloudId }))<ServerGroup[]>(),
  'serverGroups.get': op(ById)<ServerGroup>(),
  'serverGroups.create': op(cloudInput({ group: ServerGroupCreateRequest }))<ServerGroup>(),
  'serverGroups.delete': op(ById)<null>(),
} as const;
