import type { Flavor } from '../../../shared/domain/flavor.js';

/** A flavor as Nova returns it (`GET /flavors/detail`). */
export interface NovaFlavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  'OS-FLV-EXT-DATA:ephemeral'?: number;
  swap?: number | '';
  'os-flavor-access:is_public'?: boolean;
  description?: string | null;
  extra_specs?: Record<string, string>;
}

export function toFlavor(f: NovaFlavor, extraSpecs?: Record<string, string>): Flavor {
  return {
    id: f.id,
    name: f.name,
    vcpus: f.vcpus,
    ramMb: f.ram,
    diskGb: f.disk,
    ephemeralGb: f['OS-FLV-EXT-DATA:ephemeral'] ?? 0,
    // before 2.75 Nova says "" for no swap
    swapMb: typeof f.swap === 'number' ? f.swap : 0,
    isPublic: f['os-flavor-access:is_public'] ?? true,
    description: f.description ?? undefined,
    extraSpecs: extraSpecs ?? f.extra_specs ?? {},
  };
}
