import { isOpenStackError, type OpenStackError } from '../../main/openstack/errors.js';

/** The OpenStackError `p` fails with; anything else (or success) fails the test. */
export async function caught(p: Promise<unknown>): Promise<OpenStackError> {
  try {
    await p;
  } catch (e) {
    if (isOpenStackError(e)) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}
