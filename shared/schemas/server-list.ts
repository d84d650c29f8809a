import { z } from 'zod';
import { SERVER_SORT_KEYS } from '../domain/server.js';
import { ResourceId } from '../ipc/ids.js';
import { IsoTime, PageSize, QueryText, StatusWord } from './fields.js';
import { KeypairName } from './keypair.js';
import { Tag } from './server-create.js';

const Tags = z.array(Tag).min(1).max(50);

/**
 * The server list filters, for the list's filter bar, the `servers.list` input and (as the
 * output type) ServerManager.list in main. Version-dependent filters are checked against the cloud in main.
 */
export const ServerListFilters = z
  .object({
    /** a regular expression, matched by Nova's database */
    name: QueryText.optional(),
    status: StatusWord.optional(),
    ip: QueryText.optional(),
    ip6: QueryText.optional(),
    image: ResourceId.optional(),
    flavor: ResourceId.optional(),
    tags: Tags.optional(),
    tagsAny: Tags.optional(),
    notTags: Tags.optional(),
    notTagsAny: Tags.optional(),
    availabilityZone: QueryText.optional(),
    keyName: KeypairName.optional(),
    locked: z.boolean().optional(),
    allTenants: z.boolean().optional(),
    projectId: ResourceId.optional(),
    reservationId: ResourceId.optional(),
    changesSince: IsoTime.optional(),
    changesBefore: IsoTime.optional(),
    sort: z
      .array(z.object({ key: z.enum(SERVER_SORT_KEYS), dir: z.enum(['asc', 'desc']).optional() }).strict())
      .max(SERVER_SORT_KEYS.length)
      .optional(),
    limit: PageSize.optional(),
    marker: ResourceId.optional(),
  })
  .strict();
export type ServerListFilters = z.output<typeof ServerListFilters>;
