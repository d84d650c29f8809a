import type { GeneratedKeypair, Keypair } from '../../../shared/domain/keypair.js';
import type { KeypairGenerateRequest, KeypairImportRequest, KeypairListFilters } from '../../../shared/schemas/keypair.js';
import { validationError } from '../errors.js';
import { listAll } from '../pagination.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import {
  buildKeypairCreateBody,
  keypairListQuery,
  keypairUserQuery,
  toGeneratedKeypair,
  toKeypair,
  type NovaKeypair,
} from './keypair-mapper.js';

/** Nova keypairs (`/os-keypairs`), which belong to a user, not a project. */
export class KeypairManager {
  constructor(private readonly compute: ComputeClient) {}

  /** Every keypair, following `keypairs_links` page by page where the version pages (2.35). */
  async list(opts: KeypairListFilters = {}): Promise<Keypair[]> {
    const query = keypairListQuery(opts, await this.compute.microversion());
    const raw = await listAll<{ keypair: NovaKeypair }>(this.compute, '/os-keypairs', 'keypairs', query);
    return raw.map((k) => toKeypair(k.keypair));
  }

  async get(name: string, opts: { userId?: string } = {}): Promise<Keypair> {
    const query = keypairUserQuery(opts.userId, await this.compute.microversion());
    const { keypair } = await this.compute.get<{ keypair: NovaKeypair }>(`/os-keypairs/${pathSegment(name)}`, query);
    return toKeypair(keypair);
  }

  /** Registers an existing public key; works at every version. */
  async import(req: KeypairImportRequest): Promise<Keypair> {
    // without a key the same POST would make Nova generate one, and its private key would be dropped
    if (typeof req.publicKey !== 'string') throw validationError('publicKey', 'a public key is required to import');
    const body = buildKeypairCreateBody(req, await this.compute.microversion());
    const { keypair } = await this.compute.post<{ keypair: NovaKeypair }>('/os-keypairs', body);
    return toKeypair(keypair);
  }

  /** Lets Nova generate the pair and returns the private key once (≤ 2.91, else unsupported_microversion). */
  async create(req: KeypairGenerateRequest): Promise<GeneratedKeypair> {
    const { name, type, userId } = req;
    const body = buildKeypairCreateBody({ name, type, userId }, await this.compute.microversion());
    const { keypair } = await this.compute.post<{ keypair: NovaKeypair }>('/os-keypairs', body);
    return toGeneratedKeypair(keypair);
  }

  async delete(name: string, opts: { userId?: string } = {}): Promise<void> {
    const query = keypairUserQuery(opts.userId, await this.compute.microversion());
    await this.compute.send('DELETE', `/os-keypairs/${pathSegment(name)}`, undefined, query);
  }
}
