import { describe, expect, it } from 'vitest';
import { HEAD_BYTES, guessDiskFormat } from './disk-format.js';

const withAt = (size: number, at: number, bytes: number[] | string): Uint8Array => {
  const out = new Uint8Array(size);
  const b = typeof bytes === 'string' ? [...bytes].map((c) => c.charCodeAt(0)) : bytes;
  out.set(b, at);
  return out;
};

describe('guessDiskFormat', () => {
  it('reads qcow2 from its QFI\\xfb magic', () => {
    expect(guessDiskFormat(withAt(512, 0, [0x51, 0x46, 0x49, 0xfb, 0, 0, 0, 3]))).toBe('qcow2');
  });
  it('reads a sparse vmdk from KDMV and a descriptor vmdk from its first line', () => {
    expect(guessDiskFormat(withAt(512, 0, 'KDMV'))).toBe('vmdk');
    expect(guessDiskFormat(withAt(512, 0, '# Disk DescriptorFile\nversion=1\n'))).toBe('vmdk');
  });
  it('reads a fixed VHD from the conectix footer in the tail, a dynamic one from its head', () => {
    expect(guessDiskFormat(new Uint8Array(HEAD_BYTES), withAt(512, 0, 'conectix'))).toBe('vhd');
    expect(guessDiskFormat(withAt(512, 0, 'conectix'))).toBe('vhd');
    expect(guessDiskFormat(withAt(512, 0, 'vhdxfile'))).toBe('vhdx');
  });
  it('reads an ISO 9660 volume from CD001 at 0x8001', () => {
    expect(guessDiskFormat(withAt(HEAD_BYTES, 0x8001, 'CD001'))).toBe('iso');
    expect(guessDiskFormat(withAt(HEAD_BYTES, 0x8000, 'CD001'))).toBe('raw');
  });
  it('calls anything else raw, including a file shorter than the magic', () => {
    expect(guessDiskFormat(withAt(HEAD_BYTES, 0, [0xeb, 0x63, 0x90]))).toBe('raw');
    expect(guessDiskFormat(new Uint8Array([0x51, 0x46]))).toBe('raw');
    expect(guessDiskFormat(new Uint8Array())).toBe('raw');
  });
});
