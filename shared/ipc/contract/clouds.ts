import { z } from 'zod';
import type { CloudServers } from '../../domain/server-changes.js';
import type { CachedList, ListKind } from '../../domain/cached-list.js';
import type { CloudComputeVersion } from '../../domain/compute-version.js';
import type { CloudScopes } from '../../domain/scope.js';
import { LIST_KINDS } from '../../domain/cached-list.js';
import { CloudId } from '../ids.js';
import { op } from '../op.js';

const CloudList = z.object({ cloud: CloudId, kind: z.enum(LIST_KINDS as [ListKind, ...ListKind[]]) }).strict();

/** Several clouds at once, cached lists, and live server updates (DESIGN.md decision 10). */
export const cloudsOps = {
  /** every given (or every) profile in parallel; a cloud slower than timeoutMs answers with its cached list */
  'servers.listAll': op(z.object({ clouds: z.array(CloudId).max(64).optional(), timeoutMs: z.number().int().min(100).max(120_000).optional() }).strict())<
    CloudServers[]
  >(),
  /** start or stop the cloud's watcher; its changes arrive as `servers.changed` events */
  'servers.watch': op(z.object({ cloud: CloudId, watch: z.boolean() }).strict())<null>(),
  /** the last good list from disk, at once (null when there is none) */
  'clouds.cachedList': op(CloudList)<CachedList<unknown> | null>(),
  /** fetch the list now and keep it as the last good one */
  'clouds.refreshList': op(CloudList)<CachedList<unknown>>(),
  /** the cloud's client's compute version and token project: from memory once it has logged in */
  'clouds.computeVersion': op(z.object({ cloud: CloudId }).strict())<CloudComputeVersion>(),
  /** where the cloud's token is scoped, and the projects (`GET /v3/auth/projects`) and regions it could be */
  'clouds.scopes': op(z.object({ cloud: CloudId }).strict())<CloudScopes>(),
} as const;
