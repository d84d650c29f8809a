/** Disk formats Novadesk can tell from a file's bytes; anything else is uploaded as `raw`. */
export const GUESSABLE_DISK_FORMATS = ['qcow2', 'vmdk', 'vhd', 'vhdx', 'iso', 'raw'] as const;
export type GuessedDiskFormat = (typeof GUESSABLE_DISK_FORMATS)[number];

/** How many bytes of the file's start and end `guessDiskFormat` looks at. */
export const HEAD_BYTES = 0x8006;
export const TAIL_BYTES = 512;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

/**
 * The disk format a file's header says, as `qemu-img info` would name it: `head` is the
 * file's first `HEAD_BYTES` (or all of a smaller file), `tail` its last `TAIL_BYTES`, where a
 * fixed VHD keeps its only footer. A guess the user confirms, never a check.
 */
export function guessDiskFormat(head: Uint8Array, tail: Uint8Array = new Uint8Array()): GuessedDiskFormat {
  if (head.length >= 4 && head[0] === 0x51 && head[1] === 0x46 && head[2] === 0x49 && head[3] === 0xfb) return 'qcow2';
  if (ascii(head, 0, 'KDMV')) return 'vmdk';
  // a descriptor-only vmdk (monolithicFlat, split) is text naming its extents
  if (ascii(head, 0, '# Disk DescriptorFile')) return 'vmdk';
  if (ascii(head, 0, 'vhdxfile')) return 'vhdx';
  // a dynamic VHD copies its footer to the start; a fixed one has it only at the end
  if (ascii(head, 0, 'conectix') || ascii(tail, 0, 'conectix')) return 'vhd';
  if (ascii(head, 0x8001, 'CD001')) return 'iso';
  return 'raw';
}
