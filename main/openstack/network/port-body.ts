import type { PortCreateRequest } from '../../../shared/schemas/network.js';
import { validationError } from '../errors.js';

/** The body of `POST /v2.0/ports`. */
export function buildPortCreateBody(req: PortCreateRequest): { port: Record<string, unknown> } {
  if (!req.networkId) throw validationError('networkId', 'a port needs a network');
  const port: Record<string, unknown> = { network_id: req.networkId };
  if (req.name !== undefined) port.name = req.name;
  if (req.description !== undefined) port.description = req.description;
  if (req.adminStateUp !== undefined) port.admin_state_up = req.adminStateUp;
  if (req.portSecurityEnabled !== undefined) port.port_security_enabled = req.portSecurityEnabled;
  if (req.securityGroupIds !== undefined) {
    // Neutron refuses security groups on a port without port security; say which field instead of a 400
    if (req.portSecurityEnabled === false && req.securityGroupIds.length > 0) {
      throw validationError('securityGroupIds', 'a port with port security disabled cannot have security groups');
    }
    port.security_groups = req.securityGroupIds;
  }
  if (req.fixedIps !== undefined) {
    port.fixed_ips = req.fixedIps.map((f, i) => {
      if (!f.subnetId && !f.ipAddress) throw validationError(`fixedIps[${i}]`, 'give a subnet, an IP address or both');
      return {
        ...(f.subnetId ? { subnet_id: f.subnetId } : {}),
        ...(f.ipAddress ? { ip_address: f.ipAddress } : {}),
      };
    });
  }
  return { port };
}
