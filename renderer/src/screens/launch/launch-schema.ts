import { z } from 'zod';
import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import type { Volume, VolumeQuota, VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { ServerCreateRequest, Tag } from '../../../../shared/schemas/server-create.js';
import { blockDevicePath, bootsFromVolume, makesRootVolume, newVolumesPerServer, rootMinGb } from './boot-volume.js';
import { toRequest, type KeyValueRow, type LaunchDraft } from './draft.js';
import { left } from '../../kit/usage.js';
import { countCap, flavorReasons, volumeRows, type ComputeUsage } from './fit.js';
import { flavorReasonMessage, problemMessage, type Translate } from './messages.js';
import { previewBody } from './preview-body.js';

/**
 * The launch form's schema (react-hook-form + zodResolver). The draft is checked for what
 * only the form knows (quota, the chosen image and flavor, duplicate rows), then for every
 * rule the body builder enforces (through `previewBody`: the shared builder main sends with), and
 * finally turned into a `ServerCreateRequest` and parsed by the one shared schema that main
 * validates IPC with: what passes here, main accepts.
 */

export interface LaunchContext {
  /** negotiated compute microversion; undefined while unknown (version checks are left to main) */
  microversion: string | undefined;
  usage: ComputeUsage | undefined;
  flavors: Flavor[] | undefined;
  images: Image[] | undefined;
  /** whether the catalog has block storage; undefined while unknown */
  blockStorage?: boolean | undefined;
  /** available bootable volumes and available volume snapshots, once loaded */
  volumes?: Volume[] | undefined;
  volumeSnapshots?: VolumeSnapshot[] | undefined;
  /** Cinder's quota with usage, and the default type's name (its per-type quota applies to '') */
  volumeQuota?: VolumeQuota | undefined;
  defaultVolumeType?: string | undefined;
}

/** The smallest root volume for a draft in this context (boot-volume.ts). */
export const rootMinFor = (d: LaunchDraft, c: Pick<LaunchContext, 'images' | 'flavors' | 'volumeSnapshots'>) =>
  rootMinGb(d, { images: c.images, flavors: c.flavors, volumeSnapshots: c.volumeSnapshots });

/** Lenient shape: the inputs cannot produce other types, and the rules below need to run whatever is typed. */
const KeyValue = z.object({ key: z.string(), value: z.string() });
const DraftShape = z.object({
  name: z.string(),
  description: z.string(),
  count: z.unknown(),
  availabilityZone: z.string(),
  hostname: z.string(),
  tags: z.array(z.string()),
  sourceKind: z.enum(['image', 'snapshot', 'volume', 'volumeSnapshot']),
  imageRef: z.string(),
  volumeId: z.string(),
  volumeSnapshotId: z.string(),
  newVolume: z.boolean(),
  rootSizeGb: z.unknown(),
  rootVolumeType: z.string(),
  rootDeleteOnTermination: z.boolean(),
  volumeDeleteOnTermination: z.boolean(),
  dataVolumes: z.array(z.object({ sizeGb: z.unknown(), volumeType: z.string(), deleteOnTermination: z.boolean() })),
  flavorRef: z.string(),
  networkMode: z.enum(['list', 'auto', 'none']),
  networks: z.array(z.object({ kind: z.enum(['network', 'port']), id: z.string(), v4FixedIp: z.string(), v6FixedIp: z.string(), tag: z.string() })),
  securityGroups: z.array(z.string()),
  securityGroupsChosen: z.boolean(),
  keyName: z.string(),
  userDataText: z.string(),
  userDataBase64: z.string(),
  userDataFileName: z.string(),
  configDrive: z.boolean(),
  diskConfig: z.enum(['', 'AUTO', 'MANUAL']),
  adminPass: z.string(),
  serverGroup: z.string(),
  schedulerHints: z.array(KeyValue),
  metadata: z.array(KeyValue),
});

/** Builder field paths → the draft field that holds them. */
function draftPath(field: string, d: LaunchDraft): string {
  if (field.startsWith('blockDevices')) return blockDevicePath(d, field);
  if (field.startsWith('userData')) return 'userDataText';
  if (field === 'minCount' || field === 'maxCount' || field === 'returnReservationId') return 'count';
  if (field.startsWith('metadata')) return 'metadata';
  if (field.startsWith('schedulerHints')) return 'schedulerHints';
  return field;
}

const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$/;

export function launchSchema(t: Translate, c: LaunchContext) {
  return DraftShape.superRefine((raw, ctx) => {
    const d = raw as LaunchDraft;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });

    // Details
    if (d.name.trim() === '') issue('name', t('errors.required'));
    else if (d.name.trim().length > 255) issue('name', t('errors.tooLong', { max: 255 }));
    if (d.description.length > 255) issue('description', t('errors.tooLong', { max: 255 }));
    const count = typeof d.count === 'number' ? d.count : Number.NaN;
    const cap = countCap(c.usage);
    if (!Number.isInteger(count) || count < 1) issue('count', t('errors.countWhole'));
    else if (count > cap) {
      issue(
        'count',
        c.usage
          ? t('errors.countQuota', { cap, used: c.usage.instances.used, max: c.usage.instances.max ?? '∞' })
          : t('errors.countCeiling', { cap }),
      );
    }
    if (d.hostname.trim() !== '' && !HOSTNAME.test(d.hostname.trim())) issue('hostname', t('errors.hostname'));
    const seenTags = new Set<string>();
    d.tags.forEach((tag, i) => {
      const r = Tag.safeParse(tag);
      if (!r.success) issue(`tags.${i}`, t('errors.tag', { tag }));
      if (seenTags.has(tag)) issue(`tags.${i}`, t('errors.duplicate', { value: tag }));
      seenTags.add(tag);
    });
    if (d.tags.length > 50) issue('tags', t('errors.tooMany', { max: 50 }));

    // Source and flavor: the choice must still exist and fit
    const fromGlance = d.sourceKind === 'image' || d.sourceKind === 'snapshot';
    const image = fromGlance ? c.images?.find((i) => i.id === d.imageRef) : undefined;
    if (fromGlance && d.imageRef && c.images && !image) issue('imageRef', t('errors.imageGone'));
    const rootMin = volumeRules(d, c, issue, t);
    if (d.flavorRef === '') issue('flavorRef', t('errors.chooseFlavor'));
    else if (c.flavors) {
      const flavor = c.flavors.find((f) => f.id === d.flavorRef);
      if (!flavor) issue('flavorRef', t('errors.flavorGone'));
      else {
        const reasons = flavorReasons(flavor, { image, usage: c.usage, count: Number.isInteger(count) ? count : 1, rootOnVolume: bootsFromVolume(d) });
        if (reasons.length > 0) issue('flavorRef', reasons.map((r) => flavorReasonMessage(t, r)).join(' · '));
      }
    }

    // NIC addresses: the address family must match the field, before the builder's rules
    d.networks.forEach((n, i) => {
      if (n.v4FixedIp.trim() && !z.ipv4().safeParse(n.v4FixedIp.trim()).success) issue(`networks.${i}.v4FixedIp`, t('errors.ipv4'));
      if (n.v6FixedIp.trim() && !z.ipv6().safeParse(n.v6FixedIp.trim()).success) issue(`networks.${i}.v6FixedIp`, t('errors.ipv6'));
      if (n.tag.length > 60) issue(`networks.${i}.tag`, t('errors.tooLong', { max: 60 }));
    });

    // Key/value rows: Nova keeps one value per key, so a repeated key would silently lose one
    const rows = (field: 'metadata' | 'schedulerHints', list: KeyValueRow[]) => {
      const seen = new Set<string>();
      list.forEach((r, i) => {
        const key = r.key.trim();
        if (key === '' && r.value !== '') issue(`${field}.${i}.key`, t('errors.keyRequired'));
        if (key.length > 255) issue(`${field}.${i}.key`, t('errors.tooLong', { max: 255 }));
        if (field === 'metadata' && r.value.length > 255) issue(`${field}.${i}.value`, t('errors.tooLong', { max: 255 }));
        if (key && seen.has(key)) issue(`${field}.${i}.key`, t('errors.duplicate', { value: key }));
        if (field === 'schedulerHints' && key === 'group' && d.serverGroup) issue(`${field}.${i}.key`, t('errors.groupTwice'));
        seen.add(key);
      });
    };
    rows('metadata', d.metadata);
    rows('schedulerHints', d.schedulerHints);
    const metaMax = c.usage?.serverMetadataItems?.max;
    const metaCount = d.metadata.filter((r) => r.key.trim()).length;
    if (metaMax !== undefined && metaMax !== null && metaCount > metaMax) issue('metadata', t('errors.metadataQuota', { max: metaMax }));
    if (d.adminPass.length > 255) issue('adminPass', t('errors.tooLong', { max: 255 }));

    // Everything the builder in main would refuse, with the microversion when known
    const request = toRequest(d, rootMin);
    const problems = previewBody(request, c.microversion ?? '2.1').problems.filter(
      // without a known version only version-free rules apply: main checks the rest
      (p) => c.microversion !== undefined || (p.code !== 'unsupported' && p.code !== 'networksRequired'),
    );
    for (const p of problems) {
      // a root device without its id: volumeRules already asked for the choice, in the user's words
      if (p.code === 'bdmUuid' && bootsFromVolume(d) && p.field.startsWith('blockDevices.0.')) continue;
      issue(draftPath(p.field, d), problemMessage(t, p));
    }
  }).transform((raw, ctx) => {
    // The last word is the shared schema main validates with; a path is mapped back to the draft.
    const d = raw as LaunchDraft;
    const parsed = ServerCreateRequest.safeParse(toRequest(d, rootMinFor(d, c)));
    if (parsed.success) return parsed.data;
    for (const i of parsed.error.issues) {
      const path = draftPath(i.path.map(String).join('.'), d).split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      ctx.addIssue({ code: 'custom', message: i.message, path });
    }
    return z.NEVER;
  });
}

/**
 * The volume side of the source step: the chosen volume or snapshot must still be there, a new
 * root volume at least as large as what it holds, each data volume a whole number of GiB.
 * Returns the smallest root volume, which the request needs while no size is typed.
 */
function volumeRules(d: LaunchDraft, c: LaunchContext, issue: (path: string, message: string) => void, t: Translate): number | undefined {
  const onCinder = bootsFromVolume(d) || d.dataVolumes.length > 0;
  if (onCinder && c.blockStorage === false) issue(bootsFromVolume(d) ? 'sourceKind' : 'dataVolumes', t('errors.noBlockStorage'));
  if ((d.sourceKind === 'image' || d.sourceKind === 'snapshot') && d.newVolume && !d.imageRef) issue('imageRef', t('errors.imageRequired'));
  if (d.sourceKind === 'volume') {
    if (!d.volumeId) issue('volumeId', t('errors.chooseVolume'));
    else if (c.volumes && !c.volumes.some((v) => v.id === d.volumeId)) issue('volumeId', t('errors.volumeGone'));
  }
  if (d.sourceKind === 'volumeSnapshot') {
    if (!d.volumeSnapshotId) issue('volumeSnapshotId', t('errors.chooseVolumeSnapshot'));
    else if (c.volumeSnapshots && !c.volumeSnapshots.some((s) => s.id === d.volumeSnapshotId)) issue('volumeSnapshotId', t('errors.volumeSnapshotGone'));
  }
  const min = rootMinFor(d, c);
  if (makesRootVolume(d)) {
    const size = d.rootSizeGb as unknown;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) issue('rootSizeGb', t('errors.sizeWhole'));
    else if (size > 0 && min !== undefined && size < min) issue('rootSizeGb', t('errors.rootTooSmall', { min }));
    else if (size === 0 && min === undefined && d.sourceKind !== 'volumeSnapshot') issue('rootSizeGb', t('errors.rootSizeRequired'));
  }
  d.dataVolumes.forEach((v, i) => {
    const size = v.sizeGb as unknown;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) issue(`dataVolumes.${i}.sizeGb`, t('errors.sizeWhole'));
  });
  // Nova would accept the request and the server would end in ERROR when Cinder refuses a volume
  const count = typeof d.count === 'number' && Number.isInteger(d.count) && d.count >= 1 ? d.count : 1;
  for (const r of volumeRows(c.volumeQuota, newVolumesPerServer(d, min, c.defaultVolumeType), count)) {
    if (r.fits) continue;
    const what = t(`fit.${r.key}`, { type: r.volumeType });
    issue(makesRootVolume(d) ? 'rootSizeGb' : 'dataVolumes', t('errors.volumeQuota', { what, need: r.adds, left: left({ used: r.used, max: r.max }) }));
  }
  return min;
}

export type LaunchSchema = ReturnType<typeof launchSchema>;

/** Issues by draft path (`networks.0.v6FixedIp`), for field messages and step badges. */
export function issuesByPath(schema: LaunchSchema, draft: LaunchDraft): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const r = schema.safeParse(draft);
  if (r.success) return out;
  for (const i of r.error.issues) {
    const key = i.path.map(String).join('.');
    out.set(key, [...(out.get(key) ?? []), i.message]);
  }
  return out;
}
