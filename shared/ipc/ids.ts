import { z } from 'zod';
import { parseScopeId } from './scope-id.js';

/** Profile ids are ours: short, URL-safe. */
export const ProfileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a profile id is 1–64 letters, digits, - or _');

/**
 * Ids that go into OpenStack URL paths (server, flavor, image, port ids...). OpenStack ids are
 * UUIDs or short names (flavor "42"); nothing here may carry a path or query separator.
 */
export const ResourceId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9._:@ -]+$/, 'an id may hold only letters, digits and . _ : @ - or space')
  .refine((s) => !s.split('/').includes('..') && s !== '.' && s !== '..', 'an id cannot be . or ..');

/** The cloud an operation names: a profile, or a (project, region) scope of it (scope-id.ts). */
export const CloudId = z
  .string()
  .max(400)
  .refine((s) => parseScopeId(s) !== undefined, 'a cloud is a profile id, or profile~project~region (letters, digits, - or _)');

export const CloudInput = z.object({ cloud: CloudId }).strict();
