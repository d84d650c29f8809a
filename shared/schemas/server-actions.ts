import { z } from 'zod';
import { ResourceId } from '../ipc/ids.js';
import { Description, Metadata, Name } from './fields.js';
import { KeypairName } from './keypair.js';
import { DiskConfig, UserData } from './server-create.js';

export { DiskConfig };

/**
 * Inputs of the per-server operations that carry more than an id. Version gates (description
 * 2.19, keyName 2.54, hostname 2.90...) are applied in main, which knows the cloud.
 */

export const RebootType = z.enum(['SOFT', 'HARD']);
export const ConsoleProtocol = z.enum(['vnc', 'spice', 'rdp', 'serial', 'mks']);
export type RebootType = z.output<typeof RebootType>;
export type ConsoleProtocol = z.output<typeof ConsoleProtocol>;
/** novnc, xvpvnc, spice-html5, spice-direct, rdp-html5, serial, webmks: Nova checks the pair */
export const ConsoleType = z.string().regex(/^[a-z0-9-]{1,32}$/, 'a console type is lower-case letters, digits and -');

const Hostname = z.string().min(1).max(255);

/** Why a server is locked (compute 2.73+): Nova keeps 255 characters. */
export const LockReason = z.string().trim().min(1).max(255);

export const ServerRebuildRequest = z
  .object({
    imageRef: ResourceId,
    name: Name.optional(),
    adminPass: z.string().min(1).max(255).optional(),
    metadata: Metadata.optional(),
    personality: z.array(z.object({ path: z.string().min(1).max(255), contents: z.string() }).strict()).max(100).optional(),
    preserveEphemeral: z.boolean().optional(),
    diskConfig: DiskConfig.optional(),
    accessIPv4: z.ipv4().optional(),
    accessIPv6: z.ipv6().optional(),
    description: Description.nullable().optional(),
    keyName: KeypairName.nullable().optional(),
    userData: UserData.nullable().optional(),
    trustedImageCertificates: z.array(z.string().min(1)).max(50).nullable().optional(),
    hostname: Hostname.optional(),
  })
  .strict();
export type ServerRebuildRequest = z.output<typeof ServerRebuildRequest>;

/** `PUT /servers/{id}`: only these three fields are the user's to change. */
export const ServerUpdateRequest = z
  .object({
    name: Name.optional(),
    /** null clears it */
    description: Description.nullable().optional(),
    hostname: Hostname.optional(),
  })
  .strict();
export type ServerUpdateRequest = z.output<typeof ServerUpdateRequest>;

/** `createImage`: a snapshot of the server, as a new image with this name and metadata. */
export const ServerCreateImageRequest = z.object({ name: Name, metadata: Metadata.optional() }).strict();
export type ServerCreateImageRequest = z.output<typeof ServerCreateImageRequest>;

/** `rescue`: an admin password for the rescue boot (Nova makes one otherwise) and the image to boot (the server's own otherwise). */
export const ServerRescueRequest = z.object({ adminPass: z.string().min(1).max(255).optional(), rescueImageRef: ResourceId.optional() }).strict();
export type ServerRescueRequest = z.output<typeof ServerRescueRequest>;

/** A server tag as Nova takes it (2.26+): no '/', no ',' and at most 60 characters; at most 50 tags. */
export const ServerTag = z.string().min(1).max(60).regex(/^[^/,]+$/, 'a tag cannot contain / or ,');
export const ServerTags = z.array(ServerTag).max(50);
