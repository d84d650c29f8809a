import * as tls from 'node:tls';
import type { TlsWarning } from '../../../shared/schemas/profile.js';

export interface TlsSettings {
  /** `false` accepts any certificate */
  verify?: boolean | undefined;
  /** a profile's CA bundle, added to the roots trusted anyway */
  caPem?: string | undefined;
}

export interface TlsConnectOptions {
  rejectUnauthorized?: false;
  ca?: string[];
}

/** `tls.getCACertificates(type)`: Node ≥ 22.15 / 23.5 (so Electron 45), absent in Node 20. */
export type CaSource = (type: 'bundled' | 'system' | 'extra') => string[];

export function nodeCaSource(): CaSource | undefined {
  const get = (tls as unknown as { getCACertificates?: CaSource }).getCACertificates;
  return typeof get === 'function' ? (type) => get(type) : undefined;
}

/**
 * The undici connect options for a profile's TLS settings, and what the user should be told
 * about them. Trusted roots: Node's bundled Mozilla roots, the OS store where Node can read it
 * (tls.getCACertificates('system')), NODE_EXTRA_CA_CERTS, and the profile's CA bundle. Setting
 * `ca` replaces Node's defaults, so the defaults are listed again. Where Node cannot read the
 * OS store (Node 20, the browser host), a private CA must come as the profile's CA file.
 */
export function tlsConnectOptions(s: TlsSettings, source: CaSource | undefined = nodeCaSource()): { connect: TlsConnectOptions; warnings: TlsWarning[] } {
  if (s.verify === false) {
    // any certificate is accepted, so the CA file the user chose does nothing: say so
    const warnings: TlsWarning[] = s.caPem ? ['ca_file_ignored'] : [];
    return { connect: { rejectUnauthorized: false }, warnings };
  }
  if (!source) return { connect: s.caPem ? { ca: [...tls.rootCertificates, s.caPem] } : {}, warnings: [] };
  const ca = [...source('bundled'), ...source('extra'), ...source('system'), ...(s.caPem ? [s.caPem] : [])];
  return { connect: { ca: [...new Set(ca)] }, warnings: [] };
}
