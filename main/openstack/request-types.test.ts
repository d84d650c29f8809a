import { describe, expectTypeOf, it } from 'vitest';
import type { FlavorListFilters } from '../../shared/schemas/flavor.js';
import type { ImageListFilters } from '../../shared/schemas/image.js';
import type { KeypairGenerateRequest, KeypairImportRequest, KeypairListFilters } from '../../shared/schemas/keypair.js';
import type {
  FloatingIpCreateRequest,
  NetworkListFilters,
  PortCreateRequest,
  SecurityGroupCreateRequest,
  SecurityGroupRuleCreateRequest,
} from '../../shared/schemas/network.js';
import type { ConsoleProtocol, RebootType, ServerRebuildRequest, ServerUpdateRequest } from '../../shared/schemas/server-actions.js';
import type { ServerCreateRequest } from '../../shared/schemas/server-create.js';
import type { ServerGroupCreateRequest } from '../../shared/schemas/server-group.js';
import type { ServerListFilters } from '../../shared/schemas/server-list.js';
import type { CloudClient } from './cloud-client.js';

/**
 * The managers take the zod schemas' output types, not interfaces of their own: a field added
 * to a schema reaches main's manager, or this file stops compiling (`npx tsc -p tsconfig.tests.json`).
 * Each schema module exports its type as `z.output<typeof Schema>` beside the schema.
 */
type Arg<F extends (...a: never[]) => unknown, I extends number = 0> = NonNullable<Parameters<F>[I]>;
type M = CloudClient;

describe('request types come from the schemas', () => {
  it('servers: create, update, rebuild, reboot, console', () => {
    expectTypeOf<Arg<M['servers']['create']>>().toEqualTypeOf<ServerCreateRequest>();
    expectTypeOf<Arg<M['servers']['update'], 1>>().toEqualTypeOf<ServerUpdateRequest>();
    expectTypeOf<Arg<M['servers']['rebuild'], 1>>().toEqualTypeOf<ServerRebuildRequest>();
    expectTypeOf<Arg<M['servers']['reboot'], 1>>().toEqualTypeOf<RebootType>();
    expectTypeOf<Arg<M['servers']['remoteConsole'], 1>>().toEqualTypeOf<ConsoleProtocol>();
  });

  it('servers.list takes every schema filter (times also as Dates)', () => {
    expectTypeOf<keyof Arg<M['servers']['list']>>().toEqualTypeOf<keyof ServerListFilters>();
    expectTypeOf<ServerListFilters>().toExtend<Arg<M['servers']['list']>>();
  });

  it('keypairs and server groups', () => {
    expectTypeOf<Arg<M['keypairs']['import']>>().toEqualTypeOf<KeypairImportRequest>();
    expectTypeOf<Arg<M['keypairs']['create']>>().toEqualTypeOf<KeypairGenerateRequest>();
    expectTypeOf<Arg<M['keypairs']['list']>>().toEqualTypeOf<KeypairListFilters>();
    expectTypeOf<Arg<M['serverGroups']['create']>>().toEqualTypeOf<ServerGroupCreateRequest>();
    expectTypeOf<Arg<M['flavors']['list']>>().toEqualTypeOf<FlavorListFilters>();
  });

  it('network and image', () => {
    expectTypeOf<Arg<M['ports']['create']>>().toEqualTypeOf<PortCreateRequest>();
    expectTypeOf<Arg<M['securityGroups']['create']>>().toEqualTypeOf<SecurityGroupCreateRequest>();
    expectTypeOf<Arg<M['securityGroups']['createRule']>>().toEqualTypeOf<SecurityGroupRuleCreateRequest>();
    expectTypeOf<Arg<M['floatingIps']['create']>>().toEqualTypeOf<FloatingIpCreateRequest>();
    expectTypeOf<Arg<M['networks']['list']>>().toEqualTypeOf<NetworkListFilters>();
    expectTypeOf<ImageListFilters>().toExtend<Arg<M['images']['list']>>();
  });
});
