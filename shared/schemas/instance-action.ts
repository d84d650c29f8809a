import { z } from 'zod';
import { ResourceId } from '../ipc/ids.js';
import { IsoTime, PageSize } from './fields.js';

/** What `instanceActions.list` pages by; each needs its microversion, checked in main. */
export const InstanceActionListFilters = z
  .object({
    /** page size, 2.58+ */
    limit: PageSize.optional(),
    /** a request id, 2.58+ */
    marker: ResourceId.optional(),
    /** 2.58+ */
    changesSince: IsoTime.optional(),
    /** 2.66+ */
    changesBefore: IsoTime.optional(),
  })
  .strict();
export type InstanceActionListFilters = z.output<typeof InstanceActionListFilters>;
