import { z } from 'zod';
import { AvailabilityZoneName } from './fields.js';

/**
 * What a user asks for when launching servers: every field of novaclient's `_boot` plus the
 * modern ones. One schema validates IPC input in main and drives the launch form (decision 4).
 * Microversion gates are applied by the body builder in main, which knows the cloud.
 */
const id = z.string().min(1).max(255);

export const NicRequest = z
  .object({
    netId: id.optional(),
    portId: id.optional(),
    v4FixedIp: z.ipv4().optional(),
    v6FixedIp: z.ipv6().optional(),
    /** device tag, compute 2.42+ */
    tag: z.string().min(1).max(60).optional(),
  })
  .strict();
export type NicRequest = z.output<typeof NicRequest>;

export const BlockDeviceRequest = z
  .object({
    sourceType: z.enum(['image', 'volume', 'snapshot', 'blank']),
    destinationType: z.enum(['volume', 'local']).optional(),
    uuid: id.optional(),
    bootIndex: z.number().int().min(-1).optional(),
    volumeSizeGb: z.number().int().min(1).optional(),
    deleteOnTermination: z.boolean().optional(),
    deviceName: z.string().max(255).optional(),
    diskBus: z.string().max(255).optional(),
    deviceType: z.string().max(255).optional(),
    guestFormat: z.string().max(255).optional(),
    /** compute 2.67+ */
    volumeType: z.string().max(255).optional(),
    /** compute 2.42+ */
    tag: z.string().min(1).max(60).optional(),
  })
  .strict();
export type BlockDeviceRequest = z.output<typeof BlockDeviceRequest>;

export const UserData = z.union([
  z.object({ text: z.string() }).strict(),
  z.object({ base64: z.base64() }).strict(),
]);

/** `OS-DCF:diskConfig`, for create, rebuild and resize */
export const DiskConfig = z.enum(['AUTO', 'MANUAL']);
export type DiskConfig = z.output<typeof DiskConfig>;

export const Tag = z
  .string()
  .min(1)
  .max(60)
  .refine((t) => !t.includes('/') && !t.includes(','), 'a tag cannot contain / or ,');

export const ServerCreateRequest = z
  .object({
    name: z.string().trim().min(1).max(255),
    /** empty or absent when booting from a volume */
    imageRef: z.string().max(255).optional(),
    flavorRef: id,
    userData: UserData.optional(),
    metadata: z.record(z.string().min(1).max(255), z.string().max(255)).optional(),
    returnReservationId: z.boolean().optional(),
    keyName: z.string().min(1).max(255).optional(),
    schedulerHints: z.record(z.string().min(1), z.union([z.string(), z.array(z.string())])).optional(),
    configDrive: z.boolean().optional(),
    adminPass: z.string().min(1).max(255).optional(),
    minCount: z.number().int().min(1).max(1000).optional(),
    maxCount: z.number().int().min(1).max(1000).optional(),
    /** security group names or ids */
    securityGroups: z.array(z.string().min(1).max(255)).optional(),
    /** files injected at boot; removed from compute in 2.57 */
    personality: z.array(z.object({ path: z.string().min(1).max(255), contents: z.string() }).strict()).optional(),
    availabilityZone: AvailabilityZoneName.optional(),
    blockDevices: z.array(BlockDeviceRequest).optional(),
    /** 'auto' and 'none' need compute 2.37, where networks became required */
    networks: z.union([z.literal('auto'), z.literal('none'), z.array(NicRequest)]).optional(),
    diskConfig: DiskConfig.optional(),
    /** compute 2.19+ */
    description: z.string().max(255).optional(),
    /** compute 2.52+ */
    tags: z.array(Tag).max(50).optional(),
    /** compute 2.90+ */
    hostname: z.string().min(1).max(255).optional(),
    /** compute 2.63+ */
    trustedImageCertificates: z.array(z.string().min(1)).max(50).optional(),
    /** compute 2.74+ (admin) */
    host: z.string().min(1).max(255).optional(),
    hypervisorHostname: z.string().min(1).max(255).optional(),
  })
  .strict();
export type ServerCreateRequest = z.output<typeof ServerCreateRequest>;
