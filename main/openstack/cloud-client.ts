import { BlockStorageClient } from './block-storage/block-storage-client.js';
import { VolumeQuotaManager } from './block-storage/volume-quotas.js';
import { VolumeSnapshotManager } from './block-storage/volume-snapshots.js';
import { VolumeTypeManager } from './block-storage/volume-types.js';
import { VolumeManager } from './block-storage/volumes.js';
import { ComputeClient } from './compute/compute-client.js';
import { AvailabilityZoneManager } from './compute/availability-zones.js';
import { FlavorManager } from './compute/flavors.js';
import { KeypairManager } from './compute/keypairs.js';
import { LimitsManager } from './compute/limits.js';
import { QuotaManager } from './compute/quotas.js';
import { ServerGroupManager } from './compute/server-groups.js';
import { ServerManager } from './compute/servers.js';
import type { VersionCache } from './compute/version-cache.js';
import { ApplicationCredentialManager } from './identity/application-credentials.js';
import { ProjectScopes } from './identity/projects.js';
import { ImageManager } from './image/images.js';
import { FloatingIpManager } from './network/floating-ips.js';
import { NetworkQuotaManager } from './network/network-quotas.js';
import { NetworkManager } from './network/networks.js';
import { PortManager } from './network/ports.js';
import { SecurityGroupManager } from './network/security-groups.js';
import { SubnetManager } from './network/subnets.js';
import { ServiceClient } from './service-client.js';
import { Session, type SessionOptions } from './session.js';

export interface CloudClientOptions extends SessionOptions {
  /** Nova's version range from earlier processes (fileVersionCache): saves a request per start */
  versionCache?: VersionCache;
}

/**
 * One client per cloud profile (≈ novaclient Client): a session and one manager per resource.
 */
export class CloudClient {
  readonly session: Session;
  readonly projects: ProjectScopes;
  readonly applicationCredentials: ApplicationCredentialManager;
  readonly compute: ComputeClient;
  readonly flavors: FlavorManager;
  readonly keypairs: KeypairManager;
  readonly availabilityZones: AvailabilityZoneManager;
  readonly limits: LimitsManager;
  readonly quotas: QuotaManager;
  readonly serverGroups: ServerGroupManager;
  readonly servers: ServerManager;
  readonly image: ServiceClient;
  readonly images: ImageManager;
  readonly network: ServiceClient;
  readonly networks: NetworkManager;
  readonly subnets: SubnetManager;
  readonly ports: PortManager;
  readonly securityGroups: SecurityGroupManager;
  readonly floatingIps: FloatingIpManager;
  readonly networkQuotas: NetworkQuotaManager;
  readonly blockStorage: BlockStorageClient;
  readonly volumes: VolumeManager;
  readonly volumeSnapshots: VolumeSnapshotManager;
  readonly volumeTypes: VolumeTypeManager;
  readonly volumeQuotas: VolumeQuotaManager;

  constructor({ versionCache, ...options }: CloudClientOptions) {
    this.session = new Session(options);
    this.projects = new ProjectScopes(this.session);
    this.applicationCredentials = new ApplicationCredentialManager(this.session);
    this.compute = new ComputeClient(this.session, undefined, versionCache);
    this.flavors = new FlavorManager(this.compute);
    this.keypairs = new KeypairManager(this.compute);
    this.availabilityZones = new AvailabilityZoneManager(this.compute);
    this.limits = new LimitsManager(this.compute);
    this.quotas = new QuotaManager(this.compute);
    this.serverGroups = new ServerGroupManager(this.compute);
    this.servers = new ServerManager(this.compute);
    // the catalog URLs of Glance and Neutron carry no version
    this.image = new ServiceClient(this.session, 'image', '/v2');
    this.images = new ImageManager(this.image);
    this.network = new ServiceClient(this.session, 'network', '/v2.0');
    this.networks = new NetworkManager(this.network);
    this.subnets = new SubnetManager(this.network);
    this.ports = new PortManager(this.network);
    this.securityGroups = new SecurityGroupManager(this.network);
    this.floatingIps = new FloatingIpManager(this.network);
    this.networkQuotas = new NetworkQuotaManager(this.network);
    this.blockStorage = new BlockStorageClient(this.session);
    this.volumes = new VolumeManager(this.blockStorage);
    this.volumeSnapshots = new VolumeSnapshotManager(this.blockStorage);
    this.volumeTypes = new VolumeTypeManager(this.blockStorage);
    this.volumeQuotas = new VolumeQuotaManager(this.blockStorage);
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
