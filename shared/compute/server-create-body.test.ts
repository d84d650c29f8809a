import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ServerCreateRequest } from '../schemas/server-create.js';
import { composeServerCreateBody, HIDDEN } from './server-create-body.js';

// The builder's bodies and refusals are tested through main's wrapper
// (main/openstack/compute/server-create-body.test.ts) and the launch preview
// (renderer/src/screens/launch/preview-body.test.ts); this file covers what only the shared
// composition does: every problem at once, and the hidden secrets of a preview.

type Input = z.input<typeof ServerCreateRequest>;
const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';
const compose = (input: Input, mv: string, hideSecrets = false) =>
  composeServerCreateBody(ServerCreateRequest.parse(input), mv, { hideSecrets });

describe('composeServerCreateBody', () => {
  it('lists every problem, in build order, and still builds the rest of the body', () => {
    const { body, problems } = compose(
      {
        name: 'vm',
        flavorRef: '1',
        tags: ['a'],
        networks: [{ netId: NET, v4FixedIp: '10.0.0.5', v6FixedIp: '2001:db8::5' }, { tag: 'x' }],
        maxCount: 2,
      },
      '2.26',
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'imageRef:imageRequired',
      'networks.0:fixedIpBoth',
      'networks.0:fixedIpMulti',
      'networks.1:nicNeedsTarget',
      'networks.1.tag:unsupported',
      'tags:unsupported',
    ]);
    expect(problems[4]).toEqual({ field: 'networks.1.tag', code: 'unsupported', feature: 'server.nic.tag', negotiated: '2.26' });
    expect(body.server).toMatchObject({ name: 'vm', imageRef: '', min_count: 1, max_count: 2 });
    // a field the cloud lacks is refused, not sent
    expect(body.server.tags).toBeUndefined();
    expect(body.server.networks).toEqual([{ uuid: NET, fixed_ip: '10.0.0.5' }, {}]);
  });

  it('sends the secrets as given, and hides them for a preview (keeping the user data size)', () => {
    const input: Input = { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: 'none', userData: { text: '#cloud-config\n' }, adminPass: 's3cret' };
    const sent = compose(input, '2.93').body.server;
    expect(sent.user_data).toBe(Buffer.from('#cloud-config\n').toString('base64'));
    expect(sent.adminPass).toBe('s3cret');
    const shown = compose(input, '2.93', true);
    expect(shown.body.server.user_data).toBe(`${HIDDEN} ${sent.user_data?.length} base64 characters`);
    expect(shown.body.server.adminPass).toBe(HIDDEN);
    expect(JSON.stringify(shown)).not.toContain('s3cret');
    // apart from the secrets, the preview is the body that is sent
    expect({ ...shown.body.server, user_data: sent.user_data, adminPass: sent.adminPass }).toEqual(sent);
  });
});
