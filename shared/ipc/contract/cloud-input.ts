import { z } from 'zod';
import { CloudId, ResourceId } from '../ids.js';

/**
 * The input of a cloud operation: the cloud it names (DESIGN.md decision 2) plus its own
 * fields, with no other key accepted.
 */
export const cloudInput = <S extends z.ZodRawShape>(shape: S) => z.object({ cloud: CloudId, ...shape }).strict();

/** One resource of one cloud, by the id that goes into its URL path. */
export const ById = cloudInput({ id: ResourceId });
