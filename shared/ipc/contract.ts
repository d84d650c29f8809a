import type { Flavor } from '../domain/flavor.js';
import { CloudInput } from './ids.js';
import { op } from './op.js';

/**
 * Every operation the renderer can ask of the main process: `<manager>.<operation>`
 * (DESIGN.md decision 1). The main side must supply a handler for each entry.
 */
export const contract = {
  'flavors.list': op(CloudInput)<Flavor[]>(),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
