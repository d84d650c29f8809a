import { supports, type ComputeFeature } from '../microversion.js';

/**
 * What the server-create builder refuses, as data: main turns the first one into its
 * OpenStackError, the launch screen shows each one on its field, in the user's language.
 */
export type ServerCreateProblem =
  | {
      field: string;
      code: 'imageRequired' | 'nicNeedsTarget' | 'portAlone' | 'portMulti' | 'fixedIpBoth' | 'fixedIpMulti' | 'networksRequired' | 'rootTwice';
    }
  | { field: string; code: 'duplicatePath'; path: string }
  | { field: string; code: 'userDataTooBig'; length: number; max: number }
  | { field: string; code: 'bdmUuid'; source: 'image' | 'volume' | 'snapshot' | 'blank' }
  | { field: string; code: 'unsupported'; feature: ComputeFeature; negotiated: string };

/** Collects problems in the order the body is built, so the first one is the first a reader meets. */
export class Problems {
  readonly list: ServerCreateProblem[] = [];
  constructor(readonly microversion: string) {}
  /**
   * True when the negotiated microversion has the feature; otherwise records why the field
   * cannot be sent. A field the cloud lacks is refused, never dropped: dropping it would
   * launch a server the user did not ask for.
   */
  gate(feature: ComputeFeature, field: string): boolean {
    if (supports(feature, this.microversion)) return true;
    this.list.push({ field, code: 'unsupported', feature, negotiated: this.microversion });
    return false;
  }
  add(p: ServerCreateProblem): void {
    this.list.push(p);
  }
}
