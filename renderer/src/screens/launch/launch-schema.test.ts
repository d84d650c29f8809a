import { describe, expect, it } from 'vitest';
import { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { emptyDraft, reviveDraft, toRequest, withoutSecrets, type LaunchDraft } from './draft.js';
import { usageFromLimits } from './fit.js';
import { launchSchema, type LaunchContext } from './launch-schema.js';
import { fieldLabel } from './messages.js';
import { issuesIn, NET, t, testDraft } from './test-draft.js';

const flavor = { id: '42', name: 'm1.nano', vcpus: 1, ramMb: 128, diskGb: 1, ephemeralGb: 0, swapMb: 0, isPublic: true, description: undefined, extraSpecs: {} };
const img = {
  id: 'img-1',
  name: 'tiny-raw',
  status: 'active',
  visibility: 'public' as const,
  owner: undefined,
  sizeBytes: 1024,
  virtualSizeBytes: undefined,
  diskFormat: 'raw',
  containerFormat: 'bare',
  minDiskGb: 1,
  minRamMb: 64,
  protected: false,
  hidden: false,
  tags: [],
  createdAt: '',
  updatedAt: undefined,
  properties: {},
};
const ctx = (over: Partial<LaunchContext> = {}): LaunchContext => ({
  microversion: '2.93',
  usage: usageFromLimits({
    instances: { max: 10, used: 7 },
    cores: { max: 100, used: 0 },
    ramMb: { max: 100_000, used: 0 },
    serverGroups: { max: 10 },
    serverGroupMembers: { max: 10 },
    keypairs: { max: 10 },
    serverMetadataItems: { max: 2 },
  }),
  flavors: [flavor],
  images: [img],
  ...over,
});

const draft = testDraft;
const issues = (d: LaunchDraft, c = ctx()) => issuesIn(c, d);

describe('launchSchema', () => {
  it('turns a valid draft into the request main validates', () => {
    const r = launchSchema(t, ctx()).safeParse(draft({ securityGroups: ['sg-1'], metadata: [{ key: 'role', value: 'web' }] }));
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ name: 'vm', imageRef: 'img-1', flavorRef: '42', networks: [{ netId: NET }], securityGroups: ['sg-1'], metadata: { role: 'web' } });
    expect(ServerCreateRequest.safeParse(r.data).success).toBe(true);
  });

  it('refuses v4 and v6 on one NIC, naming the NIC', () => {
    const d = draft({ networks: [{ kind: 'network', id: NET, v4FixedIp: '198.18.0.10', v6FixedIp: 'fd00:198:18::10', tag: '' }] });
    expect(issues(d)).toEqual({ 'networks.0': ['errors.fixedIpBoth'] });
    expect(fieldLabel(t, 'networks.0')).toBe('fieldItem.networks {"n":1,"defaultValue":"field.networks 1"}');
  });

  it('checks the address family per field', () => {
    const d = draft({ networks: [{ kind: 'network', id: NET, v4FixedIp: 'fd00::1', v6FixedIp: '', tag: '' }] });
    expect(issues(d)).toEqual({ 'networks.0.v4FixedIp': ['errors.ipv4'] });
  });

  it('caps the count at what the instance quota leaves, with the numbers', () => {
    expect(issues(draft({ count: 3 }))).toEqual({});
    expect(issues(draft({ count: 4 }))).toEqual({ count: ['errors.countQuota {"cap":3,"used":7,"max":10}'] });
  });

  it('a fixed IP with a count above 1', () => {
    const d = draft({ count: 2, networks: [{ kind: 'network', id: NET, v4FixedIp: '198.18.0.10', v6FixedIp: '', tag: '' }] });
    expect(issues(d)).toEqual({ 'networks.0': ['errors.fixedIpMulti'] });
  });

  it('requires a network choice from 2.37, but leaves it to main when the version is unknown', () => {
    expect(issues(draft({ networks: [] }))).toEqual({ networks: ['errors.networksRequired'] });
    expect(issues(draft({ networks: [] }), ctx({ microversion: undefined }))).toEqual({});
  });

  it('says why the chosen flavor does not fit the image', () => {
    const needy = { ...img, minRamMb: 256 };
    expect(issues(draft(), ctx({ images: [needy] }))).toEqual({ flavorRef: ['flavor.reason.minRam {"need":"256","has":"128"}'] });
  });

  it('names the required fields', () => {
    expect(Object.keys(issues(draft({ name: ' ', flavorRef: '', imageRef: '' })))).toEqual(['name', 'flavorRef', 'imageRef']);
  });

  it('repeated metadata keys and the metadata quota', () => {
    const d = draft({
      metadata: [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
        { key: 'b', value: '3' },
      ],
    });
    expect(issues(d)).toEqual({ 'metadata.1.key': ['errors.duplicate {"value":"a"}'], metadata: ['errors.metadataQuota {"max":2}'] });
  });

  it('user data over the base64 limit lands on the user data field', () => {
    expect(Object.keys(issues(draft({ userDataText: 'a'.repeat(49_152) })))).toEqual(['userDataText']);
  });

  it('fields the version lacks', () => {
    expect(issues(draft({ tags: ['x'], hostname: 'h1' }), ctx({ microversion: '2.51' }))).toEqual({
      tags: ['errors.unsupported {"needed":"2.52","negotiated":"2.51"}'],
      hostname: ['errors.unsupported {"needed":"2.90","negotiated":"2.51"}'],
    });
  });
});

describe('draft', () => {
  it('asks for a reservation id and equal min/max when launching several', () => {
    expect(toRequest(draft({ count: 3 }))).toMatchObject({ minCount: 3, maxCount: 3, returnReservationId: true });
    expect(toRequest(draft())).not.toHaveProperty('minCount');
  });

  it('sends the server group as the group hint, and comma lists as lists', () => {
    const r = toRequest(draft({ serverGroup: 'g1', schedulerHints: [{ key: 'different_host', value: 'a, b' }] }));
    expect(r.schedulerHints).toEqual({ different_host: ['a', 'b'], group: 'g1' });
  });

  it('a port NIC carries only the port', () => {
    expect(toRequest(draft({ networks: [{ kind: 'port', id: 'p1', v4FixedIp: '', v6FixedIp: '', tag: '' }] })).networks).toEqual([{ portId: 'p1' }]);
  });

  it('keeps secrets out of storage and revives what it stored', () => {
    const d = draft({ adminPass: 'pw', userDataText: '#cloud-config\npassword: x', userDataBase64: 'AAAA' });
    const stored = JSON.parse(JSON.stringify(withoutSecrets(d))) as unknown;
    expect(JSON.stringify(stored)).not.toMatch(/pw|password|AAAA/);
    expect(reviveDraft(stored)).toEqual({ ...d, adminPass: '', userDataText: '', userDataBase64: '' });
    expect(reviveDraft({ name: 5, count: 'x', tags: 'no' })).toEqual(emptyDraft());
  });
});
