import { readFile } from 'node:fs/promises';
import { isOpenStackError, validationError } from '../openstack/errors.js';

/** Bigger than any real CA bundle (the Mozilla set is ~220 kB); guards against pointing at a disk image. */
const MAX_CA_BYTES = 4 * 1024 * 1024;

/**
 * Reads a profile's CA bundle, or fails with a validation error on `tls.caFile` saying why.
 * Checked when a profile is saved and again when a client is built (the file may have moved).
 */
export async function readCaFile(path: string): Promise<string> {
  let text: string;
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_CA_BYTES) throw validationError('tls.caFile', `${path} is larger than 4 MB; is it a CA bundle?`);
    text = buf.toString('utf8');
  } catch (e) {
    if (isOpenStackError(e)) throw e;
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : code === 'EISDIR'
            ? 'is a directory'
            : `cannot be read (${code ?? String(e)})`;
    throw validationError('tls.caFile', `${path} ${why}`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw validationError('tls.caFile', `${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return text;
}
