import type { TFunction } from 'i18next';
import type { Availability } from './action-table.js';

/** Why an action is not offered, in the resource's words (`why.<reason>`, with the guard's values). */
export function whyText(t: TFunction, avail: Availability): string | undefined {
  if (avail.ok) return undefined;
  return t(`why.${avail.reason}`, avail.values ?? {});
}
