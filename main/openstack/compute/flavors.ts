import type { Flavor } from '../../../shared/domain/flavor.js';
import type { FlavorListFilters } from '../../../shared/schemas/flavor.js';
import { listAll } from '../pagination.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { toFlavor, type NovaFlavor } from './flavor-mapper.js';

export class FlavorManager {
  constructor(private readonly compute: ComputeClient) {}

  /** Every flavor with its extra specs (inline from 2.61, otherwise one call per flavor, in parallel). */
  async list(opts: FlavorListFilters = {}): Promise<Flavor[]> {
    const raw = await listAll<NovaFlavor>(this.compute, '/flavors/detail', 'flavors', {
      is_public: opts.isPublic === 'all' ? 'None' : opts.isPublic,
      minRam: opts.minRamMb,
      minDisk: opts.minDiskGb,
    });
    if (await this.compute.supports('flavor.extraSpecsInline')) return raw.map((f) => toFlavor(f));
    return Promise.all(raw.map(async (f) => toFlavor(f, await this.extraSpecs(f.id))));
  }

  async get(id: string): Promise<Flavor> {
    const { flavor } = await this.compute.get<{ flavor: NovaFlavor }>(`/flavors/${pathSegment(id)}`);
    if (flavor.extra_specs) return toFlavor(flavor);
    return toFlavor(flavor, await this.extraSpecs(id));
  }

  async extraSpecs(id: string): Promise<Record<string, string>> {
    const body = await this.compute.get<{ extra_specs: Record<string, string> }>(`/flavors/${pathSegment(id)}/os-extra-specs`);
    return body.extra_specs;
  }
}
