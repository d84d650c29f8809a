import type { Server } from '../../../../shared/domain/server.js';

/** A plausible server for unit tests; override what the test is about. */
export function testServer(over: Partial<Server> = {}): Server {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    name: 'web-1',
    status: 'ACTIVE',
    taskState: undefined,
    powerState: 'RUNNING',
    vmState: 'active',
    addresses: {},
    flavor: {
      id: undefined,
      name: 'm1.nano',
      vcpus: 1,
      ramMb: 128,
      diskGb: 1,
      ephemeralGb: 0,
      swapMb: 0,
      extraSpecs: {},
    },
    imageId: 'img-1',
    keyName: 'ops',
    availabilityZone: 'nova',
    created: '2025-01-01T00:00:00Z',
    updated: '2025-01-01T00:01:00Z',
    tags: [],
    description: undefined,
    metadata: {},
    locked: false,
    lockedReason: undefined,
    fault: undefined,
    hostId: undefined,
    projectId: 'p1',
    userId: 'u1',
    securityGroups: ['default'],
    hostname: undefined,
    progress: undefined,
    ...over,
  };
}
