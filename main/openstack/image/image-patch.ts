import type { Image } from '../../../shared/domain/image.js';
import type { ImageChanges } from '../../../shared/schemas/image.js';

/** The media type Glance v2 wants for `PATCH /v2/images/{id}`. */
export const IMAGE_PATCH_MEDIA_TYPE = 'application/openstack-images-v2.1-json-patch';

export type ImagePatchOp =
  | { op: 'add' | 'replace'; path: string; value: string | number | boolean }
  | { op: 'remove'; path: string };

/** RFC 6901: a property key may hold `/` or `~` (e.g. `owner_specified.openstack/x`). */
const pointer = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * The JSON-patch for an edit of `before`: one operation per field that really changes, so a
 * field the user left alone is never sent (another client's change to it survives), and an
 * edit that changes nothing is an empty list.
 */
export function buildImagePatch(before: Image, changes: ImageChanges): ImagePatchOp[] {
  const ops: ImagePatchOp[] = [];
  const set = (key: string, value: string | number | boolean, had: boolean) =>
    ops.push({ op: had ? 'replace' : 'add', path: pointer(key), value });
  if (changes.name !== undefined && changes.name !== before.name) set('name', changes.name, before.name !== undefined);
  if (changes.visibility !== undefined && changes.visibility !== before.visibility) set('visibility', changes.visibility, true);
  if (changes.protected !== undefined && changes.protected !== before.protected) set('protected', changes.protected, true);
  if (changes.minDiskGb !== undefined && changes.minDiskGb !== before.minDiskGb) set('min_disk', changes.minDiskGb, true);
  if (changes.minRamMb !== undefined && changes.minRamMb !== before.minRamMb) set('min_ram', changes.minRamMb, true);
  for (const [key, value] of Object.entries(changes.properties ?? {})) {
    const had = Object.hasOwn(before.properties, key);
    if (value === null) {
      if (had) ops.push({ op: 'remove', path: pointer(key) });
    } else if (before.properties[key] !== value) {
      set(key, value, had);
    }
  }
  return ops;
}
