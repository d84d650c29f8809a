import type { SerializedError } from '../../shared/errors.js';
import type { CloudState } from '../../shared/domain/cloud-status.js';

/**
 * What an error says about a cloud, as opposed to about one request. A 404 or a 409 means the
 * cloud answered, so it is connected; a refused connection, a timeout, a gateway saying its
 * backend is down, or credentials Keystone refuses mean it cannot be used right now.
 * `undefined`: the error says nothing about the cloud (a bug of ours, our own disk, a missing
 * endpoint for one optional service).
 */
export function stateAfterError(e: SerializedError): CloudState | undefined {
  switch (e.kind) {
    case 'secret_unavailable':
      return 'needs_credentials';
    case 'auth_failed':
      // Keystone refused the stored secret or a typed passcode: ask for it where it was needed
      return e.field === 'secret' || e.field === 'passcode' ? 'needs_credentials' : 'offline';
    case 'network':
    case 'timeout':
    case 'unauthorized':
      return 'offline';
    case 'server_error':
      return e.status === 502 || e.status === 503 || e.status === 504 ? 'offline' : 'connected';
    case 'internal':
    case 'storage':
    case 'endpoint_not_found':
      return undefined;
    default:
      return 'connected';
  }
}
