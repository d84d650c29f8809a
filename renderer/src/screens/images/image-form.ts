import type { Image, ImageVisibility } from '../../../../shared/domain/image.js';
import { toMetadata, type KvRow, type MetadataProblem } from '../servers/metadata-rows.js';

export interface ImageForm {
  name: string;
  visibility: ImageVisibility;
  protected: boolean;
  minDiskGb: string;
  minRamMb: string;
  properties: KvRow[];
}

export const formOf = (i: Image): ImageForm => ({
  name: i.name ?? '',
  visibility: i.visibility,
  protected: i.protected,
  minDiskGb: String(i.minDiskGb),
  minRamMb: String(i.minRamMb),
  properties: Object.entries(i.properties).map(([key, value]) => ({ key, value })),
});

/**
 * The edit as `images.update` takes it: the form's fields (main leaves out the unchanged),
 * properties the user removed as null. A bad property row is returned as a problem instead.
 */
export function imageChanges(image: Image, form: ImageForm): { changes: Record<string, unknown> } | MetadataProblem {
  const props = toMetadata(form.properties);
  if ('problem' in props) return props;
  const properties: Record<string, string | null> = { ...props.metadata };
  for (const key of Object.keys(image.properties)) if (!(key in props.metadata)) properties[key] = null;
  const changes: Record<string, unknown> = {
    ...(form.name.trim() ? { name: form.name.trim() } : {}),
    visibility: form.visibility,
    protected: form.protected,
    // a blank number box is a typo: sent as is, the schema names the field
    minDiskGb: form.minDiskGb.trim() === '' ? form.minDiskGb : Number(form.minDiskGb),
    minRamMb: form.minRamMb.trim() === '' ? form.minRamMb : Number(form.minRamMb),
    ...(Object.keys(properties).length ? { properties } : {}),
  };
  return { changes };
}
