import { z } from 'zod';
import { ResourceId } from '../ipc/ids.js';
import { IpAddress } from './fields.js';

/**
 * `POST /servers/{id}/os-interface`: a new port on a network (optionally with its fixed IP),
 * or an existing port. Nova refuses both at once and a fixed IP with a port (the port has its
 * own), so the schema does, naming the field.
 */
export const InterfaceAttachRequest = z
  .object({
    netId: ResourceId.optional(),
    portId: ResourceId.optional(),
    fixedIp: IpAddress.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.netId === !r.portId) ctx.addIssue({ code: 'custom', path: ['netId'], message: 'give a network or a port, one of the two' });
    if (r.fixedIp && r.portId) ctx.addIssue({ code: 'custom', path: ['fixedIp'], message: 'a port already has its addresses: give the fixed IP with a network' });
  });
export type InterfaceAttachRequest = z.output<typeof InterfaceAttachRequest>;
