import { validationError } from '../openstack/errors.js';
import { FileRefused, MIB, readRegularFile } from './bounded-file.js';

/** Far bigger than any real CA bundle (the Mozilla set is ~220 kB); guards against pointing at a disk image. */
const MAX_CA_BYTES = MIB;

/**
 * Reads a profile's CA bundle, or fails with a validation error on `tls.caFile` saying why.
 * Checked when a profile is saved and again when a client is built (the file may have moved).
 */
export async function readCaFile(path: string): Promise<string> {
  let text: string;
  try {
    text = (await readRegularFile(path, MAX_CA_BYTES)).toString('utf8');
  } catch (e) {
    if (e instanceof FileRefused) throw validationError('tls.caFile', `${path} ${e.message}`);
    throw e;
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw validationError('tls.caFile', `${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return text;
}
