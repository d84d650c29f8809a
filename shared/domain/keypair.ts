/** `x509` keypairs exist from compute 2.2; before that every keypair is ssh. */
export const KEYPAIR_TYPES = ['ssh', 'x509'] as const;
export type KeypairType = (typeof KEYPAIR_TYPES)[number];

export interface Keypair {
  name: string;
  type: KeypairType;
  fingerprint: string;
  publicKey: string;
  /** Only single-keypair answers (get, import, create) carry the owner and the creation time. */
  userId: string | undefined;
  /** ISO 8601, UTC. */
  createdAt: string | undefined;
}

/** A keypair Nova generated (compute ≤ 2.91): the only moment the private key exists anywhere but the user's disk. */
export interface GeneratedKeypair extends Keypair {
  privateKey: string;
}
