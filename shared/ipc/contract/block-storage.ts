import { z } from 'zod';
import type { Volume, VolumeQuota, VolumeSnapshot, VolumeType } from '../../domain/volume.js';
import { Metadata } from '../../schemas/fields.js';
import {
  VolumeCreateRequest,
  VolumeListFilters,
  VolumeSize,
  VolumeSnapshotCreateRequest,
  VolumeSnapshotListFilters,
  VolumeUpdateRequest,
} from '../../schemas/volume.js';
import { CloudInput, CloudId, ResourceId } from '../ids.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';

const withCloud = { cloud: CloudId };

/** Cinder operations: volumes, volume snapshots, volume types, volume quotas. */
export const blockStorageOps = {
  'volumes.list': op(VolumeListFilters.extend(withCloud))<Volume[]>(),
  'volumes.get': op(ById)<Volume>(),
  'volumes.create': op(cloudInput({ volume: VolumeCreateRequest }))<Volume>(),
  'volumes.update': op(cloudInput({ id: ResourceId, changes: VolumeUpdateRequest }))<Volume>(),
  /** refused (conflict) while attached or with snapshots, with Cinder's reason */
  'volumes.delete': op(ById)<null>(),
  /** grows only; the new size in GiB */
  'volumes.extend': op(cloudInput({ id: ResourceId, sizeGb: VolumeSize }))<null>(),
  'volumes.setBootable': op(cloudInput({ id: ResourceId, bootable: z.boolean() }))<null>(),
  'volumes.setImageMetadata': op(cloudInput({ id: ResourceId, metadata: Metadata }))<null>(),
  'volumes.unsetImageMetadata': op(cloudInput({ id: ResourceId, key: z.string().min(1).max(255) }))<null>(),

  'volumeSnapshots.list': op(VolumeSnapshotListFilters.extend(withCloud))<VolumeSnapshot[]>(),
  'volumeSnapshots.get': op(ById)<VolumeSnapshot>(),
  'volumeSnapshots.create': op(cloudInput({ snapshot: VolumeSnapshotCreateRequest }))<VolumeSnapshot>(),
  'volumeSnapshots.delete': op(ById)<null>(),

  'volumeTypes.list': op(CloudInput)<VolumeType[]>(),
  'volumeTypes.default': op(CloudInput)<VolumeType>(),

  /** the token's own project unless one is named (admin) */
  'volumeQuotas.usage': op(cloudInput({ projectId: ResourceId.optional() }))<VolumeQuota>(),
} as const;
