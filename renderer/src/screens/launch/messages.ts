import { neededVersion } from '../../../../shared/microversion.js';
import type { FlavorReason } from './fit.js';
import type { PreviewProblem } from './preview-body.js';

/** A translate function (i18next's `t` bound to the launch namespace), kept structural for tests. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const num = (n: number) => (Number.isFinite(n) ? n.toLocaleString() : '∞');

export function problemMessage(t: Translate, p: PreviewProblem): string {
  switch (p.code) {
    case 'userDataTooBig':
      return t('errors.userDataTooBig', { length: num(p.length), max: num(p.max) });
    case 'unsupported':
      return t('errors.unsupported', { needed: neededVersion(p.feature, 'symbols'), negotiated: p.negotiated });
    case 'bdmUuid':
      return t('errors.bdmUuid', { source: p.source });
    default:
      return t(`errors.${p.code}`);
  }
}

export function flavorReasonMessage(t: Translate, r: FlavorReason): string {
  switch (r.code) {
    case 'ramQuota':
      return t('flavor.reason.ramQuota', { need: num(r.needMb), left: num(r.leftMb) });
    case 'vcpuQuota':
      return t('flavor.reason.vcpuQuota', { need: num(r.need), left: num(r.left) });
    case 'minDisk':
      return t('flavor.reason.minDisk', { need: r.needGb, has: r.hasGb });
    case 'minRam':
      return t('flavor.reason.minRam', { need: num(r.needMb), has: num(r.hasMb) });
    case 'zeroDisk':
      return t('flavor.reason.zeroDisk');
  }
}

/** "NIC 2 · Fixed IPv6" for `networks.1.v6FixedIp`: a validation message always names its field. */
export function fieldLabel(t: Translate, path: string): string {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  const index = parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) + 1 : undefined;
  const leaf = parts[2];
  const base = t(`field.${head}`);
  if (index === undefined) return base;
  const item = t(`fieldItem.${head}`, { n: index, defaultValue: `${base} ${index}` });
  return leaf ? `${item} · ${t(`field.${leaf}`)}` : item;
}
