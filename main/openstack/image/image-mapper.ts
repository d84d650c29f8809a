import {
  IMAGE_CORE_FIELDS,
  IMAGE_MEMBER_STATUSES,
  IMAGE_VISIBILITIES,
  type Image,
  type ImageMember,
  type ImageMemberStatus,
  type ImageVisibility,
} from '../../../shared/domain/image.js';

/** An image as Glance v2 returns it: the schema's core fields plus free-form properties. */
export interface GlanceImage {
  id: string;
  name?: string | null;
  status: string;
  visibility?: string;
  owner?: string | null;
  size?: number | null;
  virtual_size?: number | null;
  disk_format?: string | null;
  container_format?: string | null;
  min_disk?: number;
  min_ram?: number;
  protected?: boolean;
  os_hidden?: boolean;
  tags?: string[];
  created_at: string;
  updated_at?: string | null;
  [property: string]: unknown;
}

const CORE = new Set(IMAGE_CORE_FIELDS);

const VISIBILITIES: readonly string[] = IMAGE_VISIBILITIES;

function visibilityOf(v: string | undefined): ImageVisibility {
  // Glance before v2.5 had no visibility other than public/private; an unknown value is treated as the safer one
  return v && VISIBILITIES.includes(v) ? (v as ImageVisibility) : 'private';
}

const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

export function toImage(g: GlanceImage): Image {
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(g)) {
    if (!CORE.has(key) && typeof value === 'string') properties[key] = value;
  }
  return {
    id: g.id,
    name: g.name || undefined,
    status: g.status,
    visibility: visibilityOf(g.visibility),
    owner: orUndefined(g.owner),
    sizeBytes: orUndefined(g.size),
    virtualSizeBytes: orUndefined(g.virtual_size),
    diskFormat: orUndefined(g.disk_format),
    containerFormat: orUndefined(g.container_format),
    minDiskGb: g.min_disk ?? 0,
    minRamMb: g.min_ram ?? 0,
    protected: g.protected ?? false,
    hidden: g.os_hidden ?? false,
    tags: g.tags ?? [],
    createdAt: g.created_at,
    updatedAt: orUndefined(g.updated_at),
    properties,
    ...(typeof g.checksum === 'string' ? { checksum: g.checksum } : {}),
    ...(typeof g.os_hash_algo === 'string' ? { hashAlgo: g.os_hash_algo } : {}),
    ...(typeof g.os_hash_value === 'string' ? { hashValue: g.os_hash_value } : {}),
  };
}

/** A member as Glance v2 returns it (`GET /v2/images/{id}/members`). */
export interface GlanceMember {
  image_id: string;
  member_id: string;
  status: string;
  created_at: string;
  updated_at?: string | null;
}

export function toImageMember(m: GlanceMember): ImageMember {
  return {
    imageId: m.image_id,
    memberId: m.member_id,
    // Glance knows only these three; an unknown one is not yet accepted
    status: (IMAGE_MEMBER_STATUSES as readonly string[]).includes(m.status) ? (m.status as ImageMemberStatus) : 'pending',
    createdAt: m.created_at,
    updatedAt: orUndefined(m.updated_at),
  };
}
