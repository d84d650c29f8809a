import { describe, expect, it } from 'vitest';
import { powerStateName, toServer, type NovaServer } from './server-mapper.js';

// Shaped like the compute API reference's "Show Server Details" at 2.90 (embedded flavor,
// tags, locked_reason, hostname visible to owners).
const at290: NovaServer = {
  id: '9168b536-cd40-4630-b43f-b259807c6e87',
  name: 'web-1',
  status: 'ACTIVE',
  tenant_id: '6f70656e737461636b20342065766572',
  user_id: 'admin',
  created: '2026-11-25T10:00:00Z',
  updated: '2026-11-25T10:00:02Z',
  hostId: '2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6',
  addresses: {
    private: [
      { addr: '192.168.1.30', version: 4, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': '00:0c:29:0d:11:74' },
      { addr: '2001:db8::5', version: 6, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': '00:0c:29:0d:11:74' },
      { addr: '203.0.113.9', version: 4, 'OS-EXT-IPS:type': 'floating', 'OS-EXT-IPS-MAC:mac_addr': '00:0c:29:0d:11:74' },
    ],
  },
  flavor: { disk: 1, ephemeral: 0, extra_specs: { 'hw:cpu_policy': 'shared' }, original_name: 'm1.tiny', ram: 512, swap: 0, vcpus: 1 },
  image: { id: '70a599e0-31e7-49b7-b260-868f441e862b', links: [{ rel: 'bookmark', href: 'http://x/images/70a5' }] },
  key_name: 'my-key',
  metadata: { 'My Server Name': 'Apache1' },
  progress: 0,
  security_groups: [{ name: 'default' }, { name: 'web' }, { name: 'default' }],
  'OS-EXT-STS:task_state': null,
  'OS-EXT-STS:vm_state': 'active',
  'OS-EXT-STS:power_state': 1,
  'OS-EXT-AZ:availability_zone': 'nova',
  'OS-EXT-SRV-ATTR:hostname': 'web-1',
  locked: true,
  locked_reason: 'maintenance',
  description: 'the web server',
  tags: ['tag1', 'tag2'],
};

// Shaped like "List Servers Detailed" before 2.47: flavor by id, image "" (boot from volume).
const errorAt21: NovaServer = {
  id: 'f5dc173b-6804-445a-a6d8-c705dad5b5eb',
  name: 'bfv',
  status: 'ERROR',
  tenant_id: 'p1',
  user_id: 'u1',
  created: '2026-11-25T10:00:00Z',
  updated: '2026-11-25T10:00:01Z',
  hostId: '',
  addresses: {},
  flavor: { id: '999', links: [{ rel: 'bookmark', href: 'http://x/flavors/999' }] },
  image: '',
  key_name: null,
  metadata: {},
  fault: { code: 500, created: '2026-11-25T10:00:01Z', message: 'No valid host was found. ' },
  'OS-EXT-STS:task_state': null,
  'OS-EXT-STS:vm_state': 'error',
  'OS-EXT-STS:power_state': 0,
};

describe('toServer', () => {
  it('maps a 2.90 server: embedded flavor, addresses by network, tags, lock reason', () => {
    const s = toServer(at290);
    expect(s).toMatchObject({
      id: at290.id,
      name: 'web-1',
      status: 'ACTIVE',
      taskState: undefined,
      powerState: 'RUNNING',
      vmState: 'active',
      imageId: '70a599e0-31e7-49b7-b260-868f441e862b',
      keyName: 'my-key',
      availabilityZone: 'nova',
      tags: ['tag1', 'tag2'],
      description: 'the web server',
      metadata: { 'My Server Name': 'Apache1' },
      locked: true,
      lockedReason: 'maintenance',
      fault: undefined,
      projectId: '6f70656e737461636b20342065766572',
      userId: 'admin',
      hostname: 'web-1',
    });
    expect(s.flavor).toEqual({
      id: undefined,
      name: 'm1.tiny',
      vcpus: 1,
      ramMb: 512,
      diskGb: 1,
      ephemeralGb: 0,
      swapMb: 0,
      extraSpecs: { 'hw:cpu_policy': 'shared' },
    });
    expect(s.addresses.private).toEqual([
      { addr: '192.168.1.30', version: 4, type: 'fixed', mac: '00:0c:29:0d:11:74' },
      { addr: '2001:db8::5', version: 6, type: 'fixed', mac: '00:0c:29:0d:11:74' },
      { addr: '203.0.113.9', version: 4, type: 'floating', mac: '00:0c:29:0d:11:74' },
    ]);
  });

  it('lists each security group once although Nova repeats them per port', () => {
    expect(toServer(at290).securityGroups).toEqual(['default', 'web']);
  });

  it('maps an old-version boot-from-volume server in ERROR: flavor id, empty image, fault', () => {
    const s = toServer(errorAt21);
    expect(s.flavor.id).toBe('999');
    expect(s.flavor.name).toBeUndefined();
    expect(s.imageId).toBe('');
    expect(s.keyName).toBeUndefined();
    expect(s.hostId).toBeUndefined();
    expect(s.powerState).toBe('NOSTATE');
    expect(s.fault).toEqual({ code: 500, message: 'No valid host was found. ', details: undefined, created: '2026-11-25T10:00:01Z' });
    // fields of later microversions default rather than being undefined
    expect(s.tags).toEqual([]);
    expect(s.locked).toBe(false);
    expect(s.securityGroups).toEqual([]);
  });
});

describe('powerStateName', () => {
  it('names every Nova power state and does not invent one for an unknown number', () => {
    expect([0, 1, 3, 4, 6, 7].map(powerStateName)).toEqual(['NOSTATE', 'RUNNING', 'PAUSED', 'SHUTDOWN', 'CRASHED', 'SUSPENDED']);
    expect(powerStateName(2)).toBe('UNKNOWN');
    expect(powerStateName(null)).toBe('NOSTATE');
  });
});
