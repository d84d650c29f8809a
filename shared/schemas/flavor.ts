import { z } from 'zod';

/** `flavors.list` filters, and (as the output type) FlavorManager.list's options in main. */
export const FlavorListFilters = z
  .object({
    /** admins see private flavors too with 'all' */
    isPublic: z.union([z.boolean(), z.literal('all')]).optional(),
    minRamMb: z.number().int().min(0).optional(),
    minDiskGb: z.number().int().min(0).optional(),
  })
  .strict();
export type FlavorListFilters = z.output<typeof FlavorListFilters>;
