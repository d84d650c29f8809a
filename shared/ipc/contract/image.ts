import { z } from 'zod';
import type { Image } from '../../domain/image.js';
import { ImageListFilters } from '../../schemas/image.js';
import { CloudId, ResourceId } from '../ids.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';

/** Glance operations. */
export const imageOps = {
  /** every page; `maxItems` stops early */
  'images.list': op(ImageListFilters.extend({ cloud: CloudId, maxItems: z.number().int().min(1).optional() }))<Image[]>(),
  'images.get': op(ById)<Image>(),
  /** id → name for the images a server list shows; ids Glance does not return are absent */
  'images.namesByIds': op(cloudInput({ ids: z.array(ResourceId).max(5000) }))<Record<string, string>>(),
} as const;
