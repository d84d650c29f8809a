/**
 * Compute microversions: one feature table for every version-dependent field and filter
 * (DESIGN.md decision 6). Shared so the renderer offers only what the cloud accepts.
 */
export const COMPUTE_CLIENT_MAX = '2.96';

export type Microversion = `${number}.${number}`;

export function parseMicroversion(v: string): [number, number] {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  if (!m) throw new Error(`not a microversion: ${v}`);
  return [Number(m[1]), Number(m[2])];
}

export function compareMicroversions(a: string, b: string): number {
  const [am, an] = parseMicroversion(a);
  const [bm, bn] = parseMicroversion(b);
  return am !== bm ? am - bm : an - bn;
}

export const minMicroversion = (a: string, b: string) => (compareMicroversions(a, b) <= 0 ? a : b);

/** Features with the first (and, for removed ones, last) compute microversion that has them. */
export const COMPUTE_FEATURES = {
  'server.description': { since: '2.19' },
  'server.networks.autoNone': { since: '2.37' },
  'server.networks.required': { since: '2.37' },
  'server.nic.tag': { since: '2.42' },
  'server.bdm.tag': { since: '2.42' },
  'server.tags': { since: '2.52' },
  'server.personality': { since: '2.1', until: '2.56' },
  'server.trustedImageCertificates': { since: '2.63' },
  'server.host': { since: '2.74' },
  'server.hypervisorHostname': { since: '2.74' },
  'server.hostname': { since: '2.90' },
  'server.bdm.volumeType': { since: '2.67' },
  'server.changesBefore': { since: '2.66' },
  'list.filter.tags': { since: '2.26' },
  'list.filter.availabilityZone': { since: '2.83' },
  'list.filter.keyName': { since: '2.83' },
  'flavor.extraSpecsInline': { since: '2.61' },
  'keypair.generate': { since: '2.1', until: '2.91' },
  'keypair.type': { since: '2.2' },
  'keypair.pagination': { since: '2.35' },
  'keypair.userId': { since: '2.10' },
  'serverGroup.policy': { since: '2.64' },
  'serverGroup.softPolicies': { since: '2.15' },
  'instanceAction.pagination': { since: '2.58' },
  'server.rebuild.hostname': { since: '2.90' },
  'server.lock.reason': { since: '2.73' },
  'console.remote': { since: '2.6' },
  'console.mks': { since: '2.8' },
  'list.filter.ip6': { since: '2.5' },
  'list.filter.locked': { since: '2.73' },
  'server.createImage.idInBody': { since: '2.45' },
  'server.rebuild.keyName': { since: '2.54' },
  'server.rebuild.userData': { since: '2.57' },
  'server.tags.edit': { since: '2.26' },
  'unshelve.availabilityZone': { since: '2.77' },
  'volumeAttachment.tag': { since: '2.49' },
} as const satisfies Record<string, { since: string; until?: string }>;

export type ComputeFeature = keyof typeof COMPUTE_FEATURES;

function inRange(f: { since: string; until?: string }, negotiated: string): boolean {
  return compareMicroversions(negotiated, f.since) >= 0 && (!f.until || compareMicroversions(negotiated, f.until) <= 0);
}

export function supports(feature: ComputeFeature, negotiated: string): boolean {
  return inRange(COMPUTE_FEATURES[feature], negotiated);
}

/** Block storage (Cinder v3) microversions: Zed's maximum is 3.70. */
export const VOLUME_CLIENT_MAX = '3.70';

export const VOLUME_FEATURES = {
  /** `os-extend` of an in-use volume (Nova is told through an external event) */
  'volume.extendInUse': { since: '3.42' },
  /** in-use volumes are snapshotted without `force`; the flag itself is refused unless true */
  'snapshot.inUseWithoutForce': { since: '3.66' },
  /** `GET /types/default`: the type a volume gets when none is named */
  'volumeType.default': { since: '3.62' },
} as const satisfies Record<string, { since: string; until?: string }>;

export type VolumeFeature = keyof typeof VOLUME_FEATURES;

export function supportsVolume(feature: VolumeFeature, negotiated: string): boolean {
  return inRange(VOLUME_FEATURES[feature], negotiated);
}

/**
 * The version range a feature needs ("2.52", "at most 2.91", "2.1 to 2.56" never: 2.1 is the
 * first microversion there is, so "from 2.1" says nothing). `words` for main's English
 * messages; `symbols` ("≤ 2.91", "2.19–2.89") for the renderer's sentences, in any language.
 */
export function neededVersion(feature: ComputeFeature, style: 'words' | 'symbols' = 'words'): string {
  const f: { since: string; until?: string } = COMPUTE_FEATURES[feature];
  if (!f.until) return f.since;
  if (f.since === '2.1') return style === 'words' ? `at most ${f.until}` : `≤ ${f.until}`;
  return style === 'words' ? `${f.since} to ${f.until}` : `${f.since}–${f.until}`;
}
