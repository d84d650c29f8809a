import { z } from 'zod';
import { SERVER_GROUP_POLICIES } from '../domain/server-group.js';
import { Name, PageSize } from './fields.js';

/** The soft policies need compute 2.15 and the rule 2.64: the body builder in main checks both. */
export const ServerGroupCreateRequest = z
  .object({
    name: Name,
    policy: z.enum(SERVER_GROUP_POLICIES),
    maxServerPerHost: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ServerGroupCreateRequest = z.output<typeof ServerGroupCreateRequest>;

export const ServerGroupListFilters = z
  .object({
    /** every project's groups (admin) */
    allProjects: z.boolean().optional(),
    /** page size; Nova caps it at its own max_limit */
    pageSize: PageSize.optional(),
  })
  .strict();
export type ServerGroupListFilters = z.output<typeof ServerGroupListFilters>;
