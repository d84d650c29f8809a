import { ComputeClient } from './compute/compute-client.js';
import { FlavorManager } from './compute/flavors.js';
import { Session, type SessionOptions } from './session.js';

/**
 * One client per cloud profile (≈ novaclient Client): a session and one manager per resource.
 */
export class CloudClient {
  readonly session: Session;
  readonly compute: ComputeClient;
  readonly flavors: FlavorManager;

  constructor(options: SessionOptions) {
    this.session = new Session(options);
    this.compute = new ComputeClient(this.session);
    this.flavors = new FlavorManager(this.compute);
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
