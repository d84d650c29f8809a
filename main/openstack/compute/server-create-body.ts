import {
  composeServerCreateBody,
  type NovaServerCreateBody,
} from '../../../shared/compute/server-create-body.js';
import type { ServerCreateProblem } from '../../../shared/compute/problems.js';
import { neededVersion } from '../../../shared/microversion.js';
import type { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { unsupportedMicroversion, validationError, type OpenStackError } from '../errors.js';

export { type NovaServerCreate, type NovaServerCreateBody } from '../../../shared/compute/server-create-body.js';

type FixedProblem = Exclude<ServerCreateProblem['code'], 'unsupported' | 'userDataTooBig' | 'duplicatePath' | 'bdmUuid'>;

/** What main says for each refusal that needs no detail, in the words of novaclient and Nova. */
const MESSAGES: Record<FixedProblem, string> = {
  imageRequired: 'choose an image, or a block device with boot index 0 to boot from',
  fixedIpBoth: 'give either a fixed IPv4 or a fixed IPv6 address, not both',
  portAlone: 'a port already fixes its network and address: give the port alone',
  portMulti: 'one port cannot serve several servers: launch them one by one',
  nicNeedsTarget: 'a NIC needs a network or a port',
  fixedIpMulti: 'one fixed IP cannot serve several servers: launch them one by one',
  networksRequired: "choose networks, 'auto' or 'none'",
  rootTwice: 'only one device can have boot index 0',
};

/** The builder's refusal as the OpenStackError main reports, naming the field. */
export function problemError(p: ServerCreateProblem): OpenStackError {
  switch (p.code) {
    case 'unsupported':
      return unsupportedMicroversion(p.field, neededVersion(p.feature), p.negotiated);
    case 'userDataTooBig':
      return validationError(p.field, `is ${p.length} characters once base64-encoded; Nova accepts at most ${p.max}`);
    case 'duplicatePath':
      return validationError(p.field, `${p.path} is given twice`);
    case 'bdmUuid':
      return validationError(p.field, p.source === 'blank' ? 'a blank device has no source id' : `a device from ${p.source === 'image' ? 'an' : 'a'} ${p.source} needs the ${p.source} id`);
    default:
      return validationError(p.field, MESSAGES[p.code]);
  }
}

/**
 * Build the `POST /servers` body for a schema-valid request (the IPC router has validated it
 * with `ServerCreateRequest`), with the shared builder the launch screen previews with. Throws
 * the first problem, as an OpenStackError naming its field: nothing is sent that Nova would
 * refuse or misread.
 */
export function buildServerCreateBody(request: ServerCreateRequest, microversion: string): NovaServerCreateBody {
  const { body, problems } = composeServerCreateBody(request, microversion);
  const first = problems[0];
  if (first) throw problemError(first);
  return body;
}
