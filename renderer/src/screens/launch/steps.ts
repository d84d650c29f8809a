/** The wizard's steps, in Horizon's order, and which form fields each one owns. */
export const STEPS = [
  'details',
  'source',
  'flavor',
  'networks',
  'ports',
  'securityGroups',
  'keypair',
  'configuration',
  'serverGroup',
  'hints',
  'metadata',
] as const;
export type StepId = (typeof STEPS)[number];

/** The first segment of a field path → the step showing it. */
const FIELD_STEP: Record<string, StepId> = {
  name: 'details',
  description: 'details',
  count: 'details',
  availabilityZone: 'details',
  hostname: 'details',
  tags: 'details',
  sourceKind: 'source',
  imageRef: 'source',
  volumeId: 'source',
  volumeSnapshotId: 'source',
  newVolume: 'source',
  rootSizeGb: 'source',
  rootVolumeType: 'source',
  rootDeleteOnTermination: 'source',
  volumeDeleteOnTermination: 'source',
  dataVolumes: 'source',
  flavorRef: 'flavor',
  networkMode: 'networks',
  networks: 'networks',
  securityGroups: 'securityGroups',
  keyName: 'keypair',
  userDataText: 'configuration',
  userDataBase64: 'configuration',
  configDrive: 'configuration',
  diskConfig: 'configuration',
  adminPass: 'configuration',
  serverGroup: 'serverGroup',
  schedulerHints: 'hints',
  metadata: 'metadata',
};

export function stepOfField(path: string): StepId {
  return FIELD_STEP[path.split('.')[0] ?? ''] ?? 'details';
}

/** Lookups a step cannot work without: when one fails, only that step is disabled. */
export const STEP_LOOKUPS: Partial<Record<StepId, Array<'images' | 'flavors' | 'networks' | 'subnets' | 'ports' | 'securityGroups' | 'keypairs' | 'serverGroups'>>> = {
  source: ['images'],
  flavor: ['flavors'],
  networks: ['networks', 'subnets'],
  ports: ['ports'],
  securityGroups: ['securityGroups'],
  keypair: ['keypairs'],
  serverGroup: ['serverGroups'],
};
