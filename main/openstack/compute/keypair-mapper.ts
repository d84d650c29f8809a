import type { GeneratedKeypair, Keypair } from '../../../shared/domain/keypair.js';
import { supports } from '../../../shared/microversion.js';
import type { KeypairGenerateRequest, KeypairListFilters } from '../../../shared/schemas/keypair.js';
import { OpenStackError, validationError } from '../errors.js';
import type { Query } from '../service-client.js';
import { requireFeature } from './feature-gate.js';

/** A keypair as Nova returns it. List items come wrapped as `{ keypair: NovaKeypair }`. */
export interface NovaKeypair {
  name: string;
  fingerprint: string;
  public_key: string;
  /** From 2.2. */
  type?: string;
  user_id?: string;
  created_at?: string | null;
  /** Only in the answer to a create without `public_key` (≤ 2.91). */
  private_key?: string;
}

/** Nova's timestamps (`2026-11-25T16:27:12.000000`) carry no zone: they are UTC. */
export function novaTimestamp(t: string | null | undefined): string | undefined {
  if (!t) return undefined;
  return /(Z|[+-]\d\d:?\d\d)$/.test(t) ? t : `${t}Z`;
}

export function toKeypair(k: NovaKeypair): Keypair {
  return {
    name: k.name,
    // before 2.2 there was no type field, and ssh was the only kind
    type: k.type === 'x509' ? 'x509' : 'ssh',
    fingerprint: k.fingerprint,
    publicKey: k.public_key,
    userId: k.user_id,
    createdAt: novaTimestamp(k.created_at),
  };
}

export function toGeneratedKeypair(k: NovaKeypair): GeneratedKeypair {
  if (!k.private_key) throw new OpenStackError('internal', `Nova created keypair ${k.name} but returned no private key`);
  return { ...toKeypair(k), privateKey: k.private_key };
}

/** Import (KeypairImportRequest) or generate (KeypairGenerateRequest): without a public key Nova makes the pair (≤ 2.91). */
export type KeypairCreateRequest = KeypairGenerateRequest & { publicKey?: string };

const requireUserId = (microversion: string) => requireFeature('keypair.userId', 'userId', microversion);

/** The body of `POST /os-keypairs`: import when a public key is given, generate otherwise. */
export function buildKeypairCreateBody(req: KeypairCreateRequest, microversion: string): { keypair: Record<string, string> } {
  const name = req.name.trim();
  if (!name) throw validationError('name', 'a keypair needs a name');
  if (name.length > 255) throw validationError('name', 'at most 255 characters');
  const keypair: Record<string, string> = { name };
  if (req.publicKey !== undefined) {
    const publicKey = req.publicKey.trim();
    if (!publicKey) throw validationError('publicKey', 'the public key is empty');
    keypair.public_key = publicKey;
  } else {
    // 2.92 made public_key required: refuse here rather than send a request Nova rejects
    requireFeature('keypair.generate', 'publicKey', microversion, 'Nova no longer generates keypairs; import a public key instead');
  }
  if (req.type !== undefined) {
    // ssh is what a pre-2.2 Nova makes anyway; only x509 would be lost
    if (req.type !== 'ssh') requireFeature('keypair.type', 'type', microversion);
    if (supports('keypair.type', microversion)) keypair.type = req.type;
  }
  if (req.userId !== undefined) {
    requireUserId(microversion);
    keypair.user_id = req.userId;
  }
  return { keypair };
}

export function keypairListQuery(opts: KeypairListFilters, microversion: string): Query {
  if (opts.marker !== undefined) requireFeature('keypair.pagination', 'marker', microversion);
  // a page size is only a hint: before 2.35 everything comes in one page, so it is dropped there
  const paged = supports('keypair.pagination', microversion);
  if (opts.pageSize !== undefined && (!Number.isInteger(opts.pageSize) || opts.pageSize < 1)) {
    throw validationError('pageSize', 'a positive integer');
  }
  if (opts.userId !== undefined) requireUserId(microversion);
  return {
    limit: paged ? opts.pageSize : undefined,
    marker: opts.marker,
    user_id: opts.userId,
  };
}

/** `?user_id=` for get and delete of another user's keypair (2.10). */
export function keypairUserQuery(userId: string | undefined, microversion: string): Query {
  if (userId === undefined) return {};
  requireUserId(microversion);
  return { user_id: userId };
}
