// Types for electron-binary.mjs, imported by TypeScript specs and tests.
export declare function findElectronBinary(electronDir?: string): { path: string; why?: undefined } | { path?: undefined; why: string };
