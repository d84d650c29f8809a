import { describe, expect, it } from 'vitest';
import type { ServerCreateProblem } from '../../../shared/compute/problems.js';
import { composeServerCreateBody } from '../../../shared/compute/server-create-body.js';
import { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import type { SerializedError } from '../../../shared/errors.js';
import { isOpenStackError } from '../errors.js';
import { buildServerCreateBody, problemError } from './server-create-body.js';

// Which body or problem the builder gives for a (request, microversion) is tested where the
// builder lives: shared/compute/server-create-body.test.ts. This file tests only what main's
// wrapper adds: the first problem thrown as the OpenStackError naming its field.

const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';

const validation = (field: string, message: string): SerializedError => ({ kind: 'validation', field, message: `${field}: ${message}` });
const unsupported = (field: string, needed: string, negotiated: string): SerializedError => ({
  kind: 'unsupported_microversion',
  field,
  message: `${field} needs compute microversion ${needed}; this cloud negotiated ${negotiated}`,
});

type Row = [ServerCreateProblem, SerializedError];
type Fixed = Exclude<ServerCreateProblem['code'], 'unsupported' | 'userDataTooBig' | 'duplicatePath' | 'bdmUuid'>;
/** A refusal that needs no detail: one fixed message per code. */
const fixed = (code: Fixed, field: string, message: string): Row => [{ code, field }, validation(field, message)];
const bdm = (field: string, source: 'image' | 'volume' | 'snapshot' | 'blank', message: string): Row => [
  { code: 'bdmUuid', field, source },
  validation(field, message),
];

/** Every problem code, with what main says for it (a new code fails the typecheck until it has a row). */
const ERRORS = {
  unsupported: [
    [{ field: 'tags', code: 'unsupported', feature: 'server.tags', negotiated: '2.51' }, unsupported('tags', '2.52', '2.51')],
    // the needed version comes from the feature table, a removed feature's in words
    [
      { field: 'personality', code: 'unsupported', feature: 'server.personality', negotiated: '2.57' },
      unsupported('personality', 'at most 2.56', '2.57'),
    ],
  ],
  userDataTooBig: [
    [
      { field: 'userData', code: 'userDataTooBig', length: 65536, max: 65535 },
      validation('userData', 'is 65536 characters once base64-encoded; Nova accepts at most 65535'),
    ],
  ],
  duplicatePath: [[{ field: 'personality.2', code: 'duplicatePath', path: '/b' }, validation('personality.2', '/b is given twice')]],
  bdmUuid: [
    bdm('blockDevices.0.uuid', 'volume', 'a device from a volume needs the volume id'),
    bdm('blockDevices.1.uuid', 'snapshot', 'a device from a snapshot needs the snapshot id'),
    bdm('blockDevices.2.uuid', 'blank', 'a blank device has no source id'),
    bdm('blockDevices.3.uuid', 'image', 'a device from an image needs the image id'),
  ],
  imageRequired: [fixed('imageRequired', 'imageRef', 'choose an image, or a block device with boot index 0 to boot from')],
  fixedIpBoth: [fixed('fixedIpBoth', 'networks.1', 'give either a fixed IPv4 or a fixed IPv6 address, not both')],
  portAlone: [fixed('portAlone', 'networks.0', 'a port already fixes its network and address: give the port alone')],
  portMulti: [fixed('portMulti', 'networks.0', 'one port cannot serve several servers: launch them one by one')],
  nicNeedsTarget: [fixed('nicNeedsTarget', 'networks.1', 'a NIC needs a network or a port')],
  fixedIpMulti: [fixed('fixedIpMulti', 'networks.0', 'one fixed IP cannot serve several servers: launch them one by one')],
  networksRequired: [fixed('networksRequired', 'networks', "choose networks, 'auto' or 'none'")],
  rootTwice: [fixed('rootTwice', 'blockDevices.1.bootIndex', 'only one device can have boot index 0')],
} satisfies Record<ServerCreateProblem['code'], Row[]>;

describe('problemError: each problem as the OpenStackError main reports', () => {
  const rows = Object.values(ERRORS)
    .flat()
    .map(([problem, expected]: Row) => ({ code: problem.code, field: problem.field, problem, expected }));
  it.each(rows)('$code on $field', ({ problem, expected }) => {
    const e = problemError(problem);
    expect(isOpenStackError(e)).toBe(true);
    expect(e.toJSON()).toEqual(expected);
  });
});

describe('buildServerCreateBody', () => {
  it('throws the first problem, naming its field', () => {
    // no image, a NIC without target, tags before 2.52: three problems, the first one thrown
    const request = ServerCreateRequest.parse({ name: 'vm', flavorRef: '1', networks: [{ tag: 'x' }], tags: ['a'] });
    const { problems } = composeServerCreateBody(request, '2.51');
    expect(problems.map((p) => p.field)).toEqual(['imageRef', 'networks.0', 'tags']);
    let thrown: unknown;
    try {
      buildServerCreateBody(request, '2.51');
    } catch (e) {
      thrown = e;
    }
    expect(isOpenStackError(thrown) && thrown.toJSON()).toEqual(ERRORS.imageRequired[0]![1]);
  });

  it('returns the body as built when there is no problem, secrets included', () => {
    const request = ServerCreateRequest.parse({
      name: 'vm',
      imageRef: IMAGE,
      flavorRef: '1',
      adminPass: 'pw',
      userData: { text: 'x' },
      networks: [{ netId: NET }],
    });
    const body = buildServerCreateBody(request, '2.96');
    expect(body).toEqual(composeServerCreateBody(request, '2.96').body);
    expect(body.server).toMatchObject({ adminPass: 'pw', user_data: 'eA==' });
  });
});
