import { describe, expect, it } from 'vitest';
import { sampleImage } from '../../../shared/domain/image-sample.js';
import { buildImagePatch } from './image-patch.js';

const before = sampleImage({ properties: { os_distro: 'cirros', hw_disk_bus: 'virtio' } });

describe('buildImagePatch', () => {
  it('sends nothing for fields given their current value', () => {
    expect(buildImagePatch(before, { name: 'cirros', visibility: 'private', protected: false, minDiskGb: 1, minRamMb: 64, properties: { os_distro: 'cirros' } })).toEqual([]);
  });

  it('replaces the fields that change, with Glance names', () => {
    expect(buildImagePatch(before, { name: 'cirros-2', visibility: 'shared', protected: true, minDiskGb: 2, minRamMb: 128 })).toEqual([
      { op: 'replace', path: '/name', value: 'cirros-2' },
      { op: 'replace', path: '/visibility', value: 'shared' },
      { op: 'replace', path: '/protected', value: true },
      { op: 'replace', path: '/min_disk', value: 2 },
      { op: 'replace', path: '/min_ram', value: 128 },
    ]);
  });

  it('adds a name to an unnamed image and a new property, replaces a changed one, removes one set to null', () => {
    expect(buildImagePatch({ ...before, name: undefined }, { name: 'named' })).toEqual([{ op: 'add', path: '/name', value: 'named' }]);
    expect(buildImagePatch(before, { properties: { os_distro: 'ubuntu', os_version: '24.04', hw_disk_bus: null } })).toEqual([
      { op: 'replace', path: '/os_distro', value: 'ubuntu' },
      { op: 'add', path: '/os_version', value: '24.04' },
      { op: 'remove', path: '/hw_disk_bus' },
    ]);
  });

  it('does not remove a property the image does not have', () => {
    expect(buildImagePatch(before, { properties: { absent: null } })).toEqual([]);
  });

  it('escapes / and ~ in a property key as a JSON pointer', () => {
    expect(buildImagePatch(before, { properties: { 'a/b~c': 'x' } })).toEqual([{ op: 'add', path: '/a~1b~0c', value: 'x' }]);
  });
});
