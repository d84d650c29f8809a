import { appOps } from './contract/app.js';
import { blockStorageOps } from './contract/block-storage.js';
import { cloudsOps } from './contract/clouds.js';
import { computeOps } from './contract/compute.js';
import { filesOps } from './contract/files.js';
import { identityOps } from './contract/identity.js';
import { imageOps } from './contract/image.js';
import { networkOps } from './contract/network.js';

/**
 * Every operation the renderer can ask of the main process: `<manager>.<operation>`
 * (DESIGN.md decision 1), one file per area. The main side must supply a handler for each.
 */
export const contract = {
  ...appOps,
  ...blockStorageOps,
  ...cloudsOps,
  ...computeOps,
  ...filesOps,
  ...identityOps,
  ...imageOps,
  ...networkOps,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
