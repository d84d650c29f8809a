import { z } from 'zod';

/** Small field schemas the request and filter schemas share. */

/** Page size of a list request; the managers still follow every page. */
export const PageSize = z.number().int().min(1).max(10_000);

/** A display name: OpenStack's columns are 255 characters. */
export const Name = z.string().trim().min(1).max(255);

/** Free text a service stores as is (descriptions); '' is allowed and clears it. */
export const Description = z.string().max(255);

/** A search value passed as a query parameter, never into a path. */
export const QueryText = z.string().min(1).max(255);

/** A status word (ACTIVE, active, DOWN...): the services add their own, so the set stays open. */
export const StatusWord = z.string().regex(/^[A-Za-z_]{1,32}$/, 'a status is letters and _ only');

export const IpAddress = z.union([z.ipv4(), z.ipv6()]);

/** Nova and Glance metadata: string keys and values of at most 255 characters. */
export const Metadata = z.record(z.string().min(1).max(255), z.string().max(255));

/** An ISO 8601 time with a zone: a zoneless time would be read as the server's UTC. */
export const IsoTime = z.iso.datetime({ offset: true });

/** An availability zone's name, to launch or unshelve into: Nova keeps 255 characters. */
export const AvailabilityZoneName = z.string().min(1).max(255);
